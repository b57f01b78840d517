"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import type { TLabelChart } from "./label-distribution";
import { formatCount } from "@/components/ui/format";
import { axisStroke, gridStroke, hoverCursor, splitColors, tick } from "@/components/ui/chart-theme";

/** Draws what prepareLabelChart prepared: one horizontal bar per label, train and test stacked, total at the end. */
export function LabelChart({ chart, title }: { chart: TLabelChart; title: string }) {
  return (
    <figure aria-label={title}>
      <ul className="mb-2 flex justify-end gap-4 text-xs text-slate-600" aria-label="Legend">
        {(["train", "test"] as const).map((split) => (
          <li key={split} className="flex items-center gap-1.5">
            <span aria-hidden className="size-3 rounded-sm" style={{ background: splitColors[split] }} />
            {split === "train" ? "Train" : "Test"}
          </li>
        ))}
      </ul>
      <BarChart
        responsive
        layout="vertical"
        data={chart.bars}
        style={{ width: "100%", height: chart.height }}
        margin={{ top: 0, right: 56, bottom: 0, left: 8 }}
        barCategoryGap={6}
      >
        <CartesianGrid horizontal={false} stroke={gridStroke} />
        <XAxis type="number" allowDecimals={false} tickFormatter={formatCount} tick={tick} stroke={axisStroke} />
        <YAxis type="category" dataKey="shortLabel" width={230} tick={tick} tickLine={false} axisLine={false} />
        <Tooltip
          cursor={hoverCursor}
          formatter={(value, name) => [formatCount(Number(value)), name]}
          labelFormatter={(_, payload) => {
            const bar = payload?.[0]?.payload as TLabelChart["bars"][number] | undefined;
            return bar ? `${bar.label}: ${formatCount(bar.total)} rows (${bar.share})` : "";
          }}
        />
        <Bar dataKey="train" name="Train" stackId="split" fill={splitColors.train} isAnimationActive={false} />
        <Bar dataKey="test" name="Test" stackId="split" fill={splitColors.test} isAnimationActive={false}>
          <LabelList dataKey="total" position="right" formatter={(value) => formatCount(Number(value))} style={tick} />
        </Bar>
      </BarChart>
      {chart.hidden.labels > 0 ? (
        <figcaption className="mt-2 text-xs text-slate-500">
          {formatCount(chart.hidden.labels)} smaller labels ({formatCount(chart.hidden.rows)} rows) are not drawn.
        </figcaption>
      ) : null}
    </figure>
  );
}
