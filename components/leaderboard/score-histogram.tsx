"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { formatCount, formatPercent } from "@/components/ui/format";
import { card } from "@/components/ui/styles";
import type { THistogramBar, TScoreHistograms } from "./score-histogram-data";

const tick = { fill: "#475569", fontSize: 11 };
const SCORES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** Draws what prepareScoreHistograms prepared: one small panel per judging, all on the same y-axis. */
export function ScoreHistograms({ histograms }: { histograms: TScoreHistograms }) {
  const { panels, yMax, yTicks } = histograms;
  return (
    <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3" aria-label="Judge grade distributions">
      {panels.map((panel) => (
        <li key={panel.key} className={`${card} px-4 pb-2 pt-3`}>
          <figure aria-label={`Grades of ${panel.title} by ${panel.judge}`}>
            <figcaption className="flex items-baseline justify-between gap-2 text-sm">
              <span className="truncate font-medium text-slate-900" title={panel.title}>
                {panel.title}
              </span>
              <span className="shrink-0 text-xs text-slate-500">
                {panel.judge} · {formatCount(panel.graded)} grades
              </span>
            </figcaption>
            {panel.graded === 0 ? (
              <p className="flex h-36 items-center justify-center text-xs text-slate-500">No parsed grade yet.</p>
            ) : (
              <BarChart
                responsive
                data={panel.bars}
                style={{ width: "100%", height: 144 }}
                margin={{ top: 8, right: 4, bottom: 0, left: -12 }}
                barCategoryGap={2}
              >
                <CartesianGrid vertical={false} stroke="#e2e8f0" />
                <XAxis dataKey="score" ticks={SCORES} tick={tick} tickLine={false} stroke="#cbd5e1" />
                <YAxis
                  domain={[0, yMax]}
                  ticks={yTicks}
                  tickFormatter={(value: number) => formatPercent(value, 0)}
                  tick={tick}
                  tickLine={false}
                  axisLine={false}
                  width={44}
                />
                <Tooltip
                  cursor={{ fill: "#f1f5f9" }}
                  formatter={(_, __, item) => {
                    const bar = item.payload as THistogramBar;
                    return [`${formatCount(bar.count)} (${formatPercent(bar.share)})`, "Grades"];
                  }}
                  labelFormatter={(score) => `Grade ${String(score)} / 10`}
                />
                <Bar dataKey="share" name="Share of grades" fill="#6366f1" isAnimationActive={false} />
              </BarChart>
            )}
          </figure>
        </li>
      ))}
    </ul>
  );
}
