"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import { axisStroke, barColor, gridStroke, hoverCursor, smallTick, tick } from "@/components/ui/chart-theme";
import { formatCount, formatPercent } from "@/components/ui/format";
import { computeShareAxis, GRADES, type THistogramBar } from "./grade-histogram-data";

/**
 * Judge grades 1..10 as shares of the parsed grades (what prepareGradeBars prepared). `axis` puts several histograms
 * on one scale; `counts` writes each bar's count above it (a single, large histogram).
 */
export function GradeHistogram({
  bars,
  axis = computeShareAxis(bars),
  height,
  counts = false,
}: {
  bars: THistogramBar[];
  axis?: { yMax: number; yTicks: number[] };
  height: number;
  counts?: boolean;
}) {
  const ticks = counts ? tick : smallTick;
  return (
    <BarChart
      responsive
      data={bars}
      style={{ width: "100%", height }}
      margin={{ top: counts ? 20 : 8, right: 4, bottom: 0, left: -12 }}
      barCategoryGap={counts ? "10%" : 2}
    >
      <CartesianGrid vertical={false} stroke={gridStroke} />
      <XAxis dataKey="score" ticks={GRADES} tick={ticks} tickLine={false} stroke={axisStroke} />
      <YAxis
        domain={[0, axis.yMax]}
        ticks={axis.yTicks}
        tickFormatter={(value: number) => formatPercent(value, 0)}
        tick={ticks}
        tickLine={false}
        axisLine={false}
        width={44}
      />
      <Tooltip
        cursor={hoverCursor}
        formatter={(_, __, item) => {
          const bar = item.payload as THistogramBar;
          return [`${formatCount(bar.count)} (${formatPercent(bar.share)})`, "Grades"];
        }}
        labelFormatter={(score) => `Grade ${String(score)} / 10`}
      />
      <Bar dataKey="share" name="Share of grades" fill={barColor} radius={[3, 3, 0, 0]} isAnimationActive={false}>
        {counts ? <LabelList dataKey="count" position="top" style={ticks} /> : null}
      </Bar>
    </BarChart>
  );
}
