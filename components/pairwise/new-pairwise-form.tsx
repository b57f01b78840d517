"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { callApi } from "@/components/ui/call-api";
import { formatCount, formatUsd } from "@/components/ui/format";
import { card, cardTitle, errorBox, hint, input, label, primaryButton, select } from "@/components/ui/styles";
import type { TJudgingChoices } from "@/lib/judging/choices";
import { DEFAULT_PAIRWISE_RUBRIC, REFERENCE_GUIDED_PAIRWISE_RUBRIC } from "@/lib/pairwise/rubric";

type TPreview = { samples: number; calls: number; estimate: { total: { cost: number | null; unpriced: string[] } } };

/** Contestants (complete runs, the dataset), who plays whom, the jury and the rubric: POST /api/pairwise-judgings. */
export function NewPairwiseForm({ choices, initialDatasetId }: { choices: TJudgingChoices; initialDatasetId: string }) {
  const router = useRouter();
  const [datasetId, setDatasetId] = useState(initialDatasetId);
  const [runIds, setRunIds] = useState<string[]>([]);
  const [includeReference, setIncludeReference] = useState(false);
  const [schedule, setSchedule] = useState<"all" | "baseline">("all");
  const [baseline, setBaseline] = useState("");
  const [judgeIds, setJudgeIds] = useState<string[]>(choices.endpoints[0] ? [choices.endpoints[0].id] : []);
  const [rubric, setRubric] = useState(DEFAULT_PAIRWISE_RUBRIC);
  const [preview, setPreview] = useState<TPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const runs = choices.runs.filter((run) => run.datasetId === datasetId && run.status === "COMPLETED");
  const toggle = (list: string[], id: string) =>
    list.includes(id) ? list.filter((entry) => entry !== id) : [...list, id];
  const body = {
    judgeEndpointIds: judgeIds,
    runIds,
    includeReference,
    schedule,
    ...(schedule === "baseline" && baseline ? { baseline } : {}),
    rubric,
  };
  const bodyKey = JSON.stringify(body);

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      void callApi<TPreview>("/api/pairwise-judgings/preview", "POST", JSON.parse(bodyKey), {
        signal: controller.signal,
      }).then((result) => {
        if (controller.signal.aborted) return;
        setPreview(result.ok ? result.data : null);
        setError(result.ok ? null : result.error.message);
      });
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [bodyKey]);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setSubmitting(true);
    const result = await callApi<{ id: string }>("/api/pairwise-judgings", "POST", body);
    setSubmitting(false);
    if (!result.ok) return setError(result.error.message);
    router.push(`/pairwise/${result.data.id}`);
  }

  return (
    <form onSubmit={(event) => void submit(event)} className="max-w-3xl space-y-6">
      <section className={`${card} space-y-4 px-5 py-4`} aria-labelledby="contestants-title">
        <h2 id="contestants-title" className={cardTitle}>
          Contestants
        </h2>
        <label className={label}>
          Dataset
          <select
            className={`${select} mt-1`}
            value={datasetId}
            onChange={(event) => {
              setDatasetId(event.target.value);
              setRunIds([]);
            }}
          >
            {choices.datasets.map((dataset) => (
              <option key={dataset.id} value={dataset.id}>
                {dataset.name}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend className={label}>Complete runs on this dataset</legend>
          <div className="mt-2 space-y-2">
            {runs.map((run) => (
              <label key={run.id} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  checked={runIds.includes(run.id)}
                  onChange={() => setRunIds(toggle(runIds, run.id))}
                />
                {run.endpoint.name}{" "}
                <span className="text-xs text-slate-500">
                  {formatCount(run.total)} samples · {run.id.slice(-8)}
                </span>
              </label>
            ))}
            {runs.length === 0 ? <p className={hint}>No complete open-QA run on this dataset yet.</p> : null}
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={includeReference}
                onChange={(event) => setIncludeReference(event.target.checked)}
              />
              The dataset&apos;s reference answers (&quot;dataset&quot;)
            </label>
          </div>
        </fieldset>
        <fieldset>
          <legend className={label}>Who plays whom</legend>
          <div className="mt-2 flex flex-wrap items-center gap-4 text-sm">
            <label className="flex items-center gap-2">
              <input type="radio" name="schedule" checked={schedule === "all"} onChange={() => setSchedule("all")} />{" "}
              Every pair
            </label>
            <label className="flex items-center gap-2">
              <input
                type="radio"
                name="schedule"
                checked={schedule === "baseline"}
                onChange={() => setSchedule("baseline")}
              />{" "}
              Each against a baseline
            </label>
            {schedule === "baseline" ? (
              <select
                aria-label="Baseline"
                className={`${select} w-auto`}
                value={baseline}
                onChange={(event) => setBaseline(event.target.value)}
              >
                <option value="">Pick the baseline</option>
                {runs
                  .filter((run) => runIds.includes(run.id))
                  .map((run) => (
                    <option key={run.id} value={run.id}>
                      {run.endpoint.name}
                    </option>
                  ))}
                {includeReference ? <option value="dataset">dataset</option> : null}
              </select>
            ) : null}
          </div>
        </fieldset>
      </section>

      <section className={`${card} space-y-4 px-5 py-4`} aria-labelledby="jury-title">
        <h2 id="jury-title" className={cardTitle}>
          Jury
        </h2>
        <fieldset>
          <legend className={label}>Judges</legend>
          <p className={hint}>
            Several judges from different families agree with people better than one; the verdict is their majority.
          </p>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {choices.endpoints.map((endpoint) => (
              <label key={endpoint.id} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  checked={judgeIds.includes(endpoint.id)}
                  onChange={() => setJudgeIds(toggle(judgeIds, endpoint.id))}
                />
                {endpoint.name} <span className="text-xs text-slate-500">{endpoint.model}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <label className={label}>
          Rubric
          <textarea
            className={`${input} mt-1 h-48 font-mono text-xs`}
            value={rubric}
            onChange={(event) => setRubric(event.target.value)}
          />
        </label>
        <button
          type="button"
          className="text-xs text-indigo-700 underline"
          onClick={() =>
            setRubric(
              rubric === REFERENCE_GUIDED_PAIRWISE_RUBRIC ? DEFAULT_PAIRWISE_RUBRIC : REFERENCE_GUIDED_PAIRWISE_RUBRIC,
            )
          }
        >
          {rubric === REFERENCE_GUIDED_PAIRWISE_RUBRIC
            ? "Use the plain pairwise rubric"
            : "Use the reference-guided rubric"}
        </button>
      </section>

      <div className={`${card} flex flex-wrap items-center justify-between gap-4 px-5 py-4`}>
        <p className="text-sm text-slate-700" data-testid="pairwise-estimate">
          {preview
            ? `${formatCount(preview.samples)} shared samples · ${formatCount(preview.calls)} judge calls (both orders) · ${
                preview.estimate.total.cost === null
                  ? `cost unknown (no price for ${preview.estimate.total.unpriced.join(", ")})`
                  : `about ${formatUsd(preview.estimate.total.cost)} at list price`
              }`
            : "Pick at least two contestants and a judge."}
        </p>
        <button type="submit" className={primaryButton} disabled={submitting || !preview}>
          Start the head-to-head
        </button>
      </div>
      {error && runIds.length + (includeReference ? 1 : 0) >= 2 ? (
        <p role="alert" className={errorBox}>
          {error}
        </p>
      ) : null}
    </form>
  );
}
