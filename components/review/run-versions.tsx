"use client";

import { useEffect, useState } from "react";
import { callApi } from "@/components/ui/call-api";
import { formatCount, formatInterval } from "@/components/ui/format";
import { card, cardTitle, select } from "@/components/ui/styles";
import type { TVersionFigures } from "@/lib/versions/figures";

type TScored = TVersionFigures & { id: string; number: number; contentHash: string; scoring: "native" | "re-scored" };

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-1 text-lg font-semibold tabular-nums text-slate-900">{value}</dd>
    </div>
  );
}

/**
 * The run's figures on any version of its dataset: natively on the one it ran on, re-scored from its stored answers
 * on the others (no model call). Shown only once the dataset has more than one version.
 */
export function RunVersions({ runId, done }: { runId: string; done: boolean }) {
  const [versions, setVersions] = useState<TScored[]>([]);
  const [chosen, setChosen] = useState<number | null>(null);
  useEffect(() => {
    if (!done) return;
    void callApi<{ versions: TScored[] }>(`/api/runs/${runId}/versions`).then((result) => {
      if (result.ok) setVersions(result.data.versions);
    });
  }, [runId, done]);
  if (versions.length < 2) return null;
  const shown = versions.find((v) => v.number === chosen) ?? versions.at(-1)!;
  return (
    <section aria-labelledby="run-versions-title" className={`${card} p-5`}>
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
                {v.number} ({v.scoring})
              </option>
            ))}
          </select>
        </label>
      </div>
      <dl className="mt-4 grid grid-cols-2 gap-4 sm:grid-cols-5">
        <Figure label="Correct / valid" value={`${formatCount(shown.correct)} / ${formatCount(shown.valid)}`} />
        <Figure label="Valid accuracy" value={formatInterval(shown.validAccuracy).value} />
        <Figure label="Accuracy" value={formatInterval(shown.accuracy).value} />
        <Figure label="Macro-F1" value={formatInterval(shown.macroF1, "score").value} />
        <Figure
          label="Valid accuracy with reviewed aliases"
          value={formatInterval(shown.validAccuracyWithAliases).value}
        />
      </dl>
      <p className="mt-3 text-xs text-slate-500">
        {shown.scoring === "native" ? "The version this run ran on." : "Re-scored from the stored answers."}{" "}
        {shown.excluded > 0 ? `${formatCount(shown.excluded)} answers on excluded samples left out. ` : ""}
        Content hash <code className="font-mono">{shown.contentHash.slice(0, 12)}</code>.
      </p>
    </section>
  );
}
