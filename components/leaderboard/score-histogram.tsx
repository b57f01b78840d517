"use client";

import { GradeHistogram } from "@/components/judgings/grade-histogram";
import { formatCount } from "@/components/ui/format";
import { card } from "@/components/ui/styles";
import type { TScoreHistograms } from "./score-histogram-data";

/** Draws what prepareScoreHistograms prepared: one small panel per judging, all on the same y-axis. */
export function ScoreHistograms({ histograms }: { histograms: TScoreHistograms }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3" aria-label="Judge grade distributions">
      {histograms.panels.map((panel) => (
        <li key={panel.key} className={`${card} px-4 pb-2 pt-3`}>
          <figure aria-label={`Grades of ${panel.title} by ${panel.judge}`}>
            <figcaption className="flex items-baseline justify-between gap-2 text-sm">
              <span className="truncate font-medium text-slate-900" title={panel.title}>
                {panel.title}
              </span>
              <span className="shrink-0 text-xs text-slate-600">
                {panel.judge} · {formatCount(panel.graded)} grades
              </span>
            </figcaption>
            {panel.graded === 0 ? (
              <p className="flex h-36 items-center justify-center text-xs text-slate-600">No parsed grade yet.</p>
            ) : (
              <GradeHistogram bars={panel.bars} axis={histograms.axis} height={144} />
            )}
          </figure>
        </li>
      ))}
    </ul>
  );
}
