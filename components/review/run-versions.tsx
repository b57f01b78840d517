"use client";

import { useEffect, useState } from "react";
import { callApi } from "@/components/ui/call-api";
import { formatCount, formatInterval } from "@/components/ui/format";
import { card, cardTitle, select } from "@/components/ui/styles";
import { usePollingLoop } from "@/components/ui/use-polling";
import type { TVersionFigures } from "@/lib/versions/figures";

type TVersion = { id: string; number: number; contentHash: string; scoring: "native" | "re-scored" };
type TScored = TVersion & ((TVersionFigures & { pending: false }) | { pending: true });

function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-1 text-lg font-semibold tabular-nums text-slate-900">{value}</dd>
      {note ? <dd className="text-xs text-slate-500">{note}</dd> : null}
    </div>
  );
}

function ScoringPill({ scoring }: { scoring: TVersion["scoring"] }) {
  const tone =
    scoring === "native" ? "bg-emerald-50 text-emerald-800 ring-emerald-200" : "bg-sky-50 text-sky-800 ring-sky-200";
  return (
    <span
      data-testid="run-version-scoring"
      className={`whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${tone}`}
    >
      {scoring === "native" ? "natively scored: the version this run ran on" : "re-scored from the stored answers"}
    </span>
  );
}

/**
 * The run's figures on any version of its dataset: natively on the one it ran on, re-scored from its stored answers
 * on the others (no model call; the workers store them when a version is created). Shown only once the dataset has
 * more than one version; polls while a version is still being re-scored.
 */
export function RunVersions({ runId, done }: { runId: string; done: boolean }) {
  const [versions, setVersions] = useState<TScored[]>([]);
  const [chosen, setChosen] = useState<number | null>(null);
  const url = `/api/runs/${runId}/versions`;
  useEffect(() => {
    if (!done) return;
    void callApi<{ versions: TScored[] }>(url).then((result) => {
      if (result.ok) setVersions(result.data.versions);
    });
  }, [url, done]);
  // Until the workers have re-scored the run on every version.
  usePollingLoop(done && versions.some((v) => v.pending), 2000, async (signal) => {
    const result = await callApi<{ versions: TScored[] }>(url, "GET", undefined, { signal });
    if (result.ok) setVersions(result.data.versions);
  });
  if (versions.length < 2) return null;
  const shown = versions.find((v) => v.number === chosen) ?? versions.at(-1)!;
  return (
    <section aria-labelledby="run-versions-title" className={`${card} p-5`} data-testid="run-versions">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="run-versions-title" className={cardTitle}>
          Scored on dataset version
        </h2>
        <label className="flex items-center gap-2 text-sm text-slate-700">
          Version
          <select
            className={`${select} w-auto`}
            value={shown.number}
            onChange={(event) => setChosen(Number(event.target.value))}
          >
            {versions.map((v) => (
              <option key={v.id} value={v.number}>
                {v.number} ({v.pending ? "re-scoring…" : v.scoring})
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="mt-2">
        <ScoringPill scoring={shown.scoring} />
      </div>
      {shown.pending ? (
        <p role="status" className="mt-4 text-sm text-slate-600">
          The workers are re-scoring this run on version {shown.number} from its stored answers; the figures appear in a
          few seconds.
        </p>
      ) : (
        <>
          <dl className="mt-4 grid grid-cols-2 gap-4 sm:grid-cols-4">
            <Figure label="Correct / valid" value={`${formatCount(shown.correct)} / ${formatCount(shown.valid)}`} />
            <Figure label="Valid accuracy" value={formatInterval(shown.validAccuracy).value} />
            <Figure label="Accuracy" value={formatInterval(shown.accuracy).value} />
            <Figure label="Macro-F1" value={formatInterval(shown.macroF1, "score").value} />
          </dl>
          <dl className="mt-4 border-t border-slate-100 pt-3">
            <Figure
              label="Valid accuracy with reviewed aliases (a second figure)"
              value={formatInterval(shown.validAccuracyWithAliases).value}
              note={`${formatCount(shown.aliasCorrect)} / ${formatCount(shown.aliasValid)}: invalid answers that reviewers aliased to a label count as that label. The figures above stay the headline.`}
            />
          </dl>
          <p className="mt-3 text-xs text-slate-500">
            {shown.excluded > 0
              ? `${formatCount(shown.excluded)} ${shown.excluded === 1 ? "answer on an excluded sample" : "answers on excluded samples"} left out. `
              : ""}
            Content hash <code className="font-mono">{shown.contentHash.slice(0, 12)}</code>.
          </p>
        </>
      )}
    </section>
  );
}
