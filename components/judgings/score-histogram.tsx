"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import { prepareScoreHistogram } from "./histogram-data";

const tick = { fill: "#475569", fontSize: 12 };

/** Grades 1..10 as bars (what prepareScoreHistogram prepared). */
export function ScoreHistogram({ histogram }: { histogram: { score: number; count: number }[] }) {
  const { bars, parsed } = prepareScoreHistogram(histogram);
  if (parsed === 0) return <p className="py-10 text-center text-sm text-slate-500">No grades yet.</p>;
  return (
    <figure aria-label="Score distribution">
      <BarChart
        responsive
        data={bars}
        style={{ width: "100%", height: 220 }}
        margin={{ top: 20, right: 8, bottom: 0, left: -16 }}
      >
        <CartesianGrid vertical={false} stroke="#e2e8f0" />
        <XAxis dataKey="score" tick={tick} stroke="#cbd5e1" tickLine={false} />
        <YAxis allowDecimals={false} tick={tick} stroke="#cbd5e1" tickLine={false} axisLine={false} />
        <Tooltip
          cursor={{ fill: "#f1f5f9" }}
          formatter={(value) => [String(value), "Answers"]}
          labelFormatter={(label, payload) => {
            const bar = payload?.[0]?.payload as { share: string } | undefined;
            return `Grade ${label}${bar ? ` (${bar.share})` : ""}`;
          }}
        />
        <Bar dataKey="count" fill="#6366f1" radius={[3, 3, 0, 0]} isAnimationActive={false}>
          <LabelList dataKey="count" position="top" style={tick} />
        </Bar>
      </BarChart>
      <figcaption className="mt-1 text-center text-xs text-slate-500">Grade given by the judge (1–10)</figcaption>
    </figure>
  );
}
