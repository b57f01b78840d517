"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi } from "@/components/ui/call-api";
import {
  card,
  cardTitle,
  errorBox,
  hint,
  input,
  label,
  primaryButton,
  select,
  warningBox,
} from "@/components/ui/styles";
import type { TJudgingChoices } from "@/lib/judging/choices";
import { DEFAULT_RUBRIC, REFERENCE_GUIDED_RUBRIC } from "@/lib/judging/rubric";
import { isSelfJudged } from "@/lib/judging/self-preference";
import { TargetPicker } from "./target-picker";

type TProps = { choices: TJudgingChoices; initialDatasetId: string; initialRunIds: string[] };

/** Target (runs and/or the reference answers), judge endpoint, rubric: POST /api/judgings, then the first judging. */
export function NewJudgingForm({ choices, initialDatasetId, initialRunIds }: TProps) {
  const router = useRouter();
  const [datasetId, setDatasetId] = useState(initialDatasetId);
  const [runIds, setRunIds] = useState<string[]>(initialRunIds);
  const [includeReference, setIncludeReference] = useState(true);
  const [judgeId, setJudgeId] = useState(choices.endpoints[0]?.id ?? "");
  const [referenceGuided, setReferenceGuided] = useState(false);
  const [rubric, setRubric] = useState(DEFAULT_RUBRIC);
  const [humanScoreField, setHumanScoreField] = useState("");
  const [humanScale, setHumanScale] = useState({ min: "", max: "" });
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const judge = choices.endpoints.find((endpoint) => endpoint.id === judgeId);
  const selectedRuns = choices.runs.filter((run) => runIds.includes(run.id));
  const selfJudged = judge ? selectedRuns.filter((run) => isSelfJudged(judge, run.endpoint)) : [];

  function toggleReferenceGuided(next: boolean) {
    setReferenceGuided(next);
    // Swap the default for the other default; a rubric the user edited is left alone.
    if (rubric === DEFAULT_RUBRIC || rubric === REFERENCE_GUIDED_RUBRIC) {
      setRubric(next ? REFERENCE_GUIDED_RUBRIC : DEFAULT_RUBRIC);
    }
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    const body = {
      judgeEndpointId: judgeId,
      datasetId,
      ...(runIds.length > 0 ? { runIds } : {}),
      includeReference,
      rubric,
      referenceGuided,
      ...(includeReference && humanScoreField.trim() ? { humanScoreField: humanScoreField.trim(), split: "ALL" } : {}),
      ...(includeReference && humanScoreField.trim() && (humanScale.min !== "" || humanScale.max !== "")
        ? { humanScaleMin: toNumber(humanScale.min), humanScaleMax: toNumber(humanScale.max) }
        : {}),
    };
    const result = await callApi<{ ids: string[] }>("/api/judgings", "POST", body);
    if (!result.ok) {
      setSubmitting(false);
      setError(result.error.message);
      return;
    }
    router.push(`/judgings/${result.data.ids[0]}`);
  }

  const nothingPicked = runIds.length === 0 && !includeReference;
  return (
    <form onSubmit={submit} className="max-w-4xl space-y-6">
      <TargetPicker
        choices={choices}
        datasetId={datasetId}
        onDatasetChange={(id) => {
          setDatasetId(id);
          setRunIds([]);
        }}
        runIds={runIds}
        onRunIdsChange={setRunIds}
        includeReference={includeReference}
        onIncludeReferenceChange={setIncludeReference}
        humanScoreField={humanScoreField}
        onHumanScoreFieldChange={setHumanScoreField}
        humanScale={humanScale}
        onHumanScaleChange={setHumanScale}
      />

      <section className={`${card} space-y-4 px-5 py-5`}>
        <h2 className={cardTitle}>Judge</h2>
        <div>
          <label htmlFor="judge" className={label}>
            Judge model
          </label>
          <select id="judge" className={`${select} mt-1`} value={judgeId} onChange={(e) => setJudgeId(e.target.value)}>
            {choices.endpoints.map((endpoint) => (
              <option key={endpoint.id} value={endpoint.id}>
                {endpoint.name} ({endpoint.model})
              </option>
            ))}
          </select>
        </div>
        {selfJudged.length > 0 ? (
          <p role="alert" className={warningBox}>
            <strong>Self-preference:</strong> {judge?.model} would judge its own answers (
            {selfJudged.map((run) => run.endpoint.name).join(", ")}). Judges tend to favour themselves; pick another
            judge model for a fair comparison.
          </p>
        ) : null}
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" checked={referenceGuided} onChange={(e) => toggleReferenceGuided(e.target.checked)} />
          Reference-guided: show the judge the dataset&apos;s reference answer
        </label>
        <div>
          <label htmlFor="rubric" className={label}>
            Rubric
          </label>
          <textarea
            id="rubric"
            className={`${input} mt-1 h-72 font-mono text-xs`}
            value={rubric}
            onChange={(e) => setRubric(e.target.value)}
          />
          <p className={hint}>
            Placeholders: {"{{question}}"}, {"{{answer}}"} (always sent between &lt;&lt;&lt;ANSWER and
            ANSWER&gt;&gt;&gt;), {"{{reference}}"}. The reference answers themselves are graded with the plain rubric.
          </p>
        </div>
      </section>

      {error ? (
        <p role="alert" className={errorBox}>
          {error}
        </p>
      ) : null}
      <button type="submit" className={primaryButton} disabled={submitting || !judgeId || !datasetId || nothingPicked}>
        {submitting ? "Starting…" : "Start judging"}
      </button>
    </form>
  );
}

/** A typed number, or undefined when empty (the server then names what is missing). */
function toNumber(value: string): number | undefined {
  return value.trim() === "" ? undefined : Number(value);
}
