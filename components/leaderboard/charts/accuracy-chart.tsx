"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { formatPercent } from "@/components/ui/format";
import type { TAccuracyBar, TRange } from "@/lib/leaderboard/charts/accuracy-bars";
import { ChartLegend } from "./chart-card";
import {
  accuracyColors,
  barChartMargin,
  computeBarChartHeight,
  gridStroke,
  hoverCursor,
  runNameAxis,
  shareAxis,
} from "@/components/ui/chart-theme";
import { WhiskeredBar } from "./whiskered-bar";

const formatRange = (range: TRange | null) =>
  range ? ` (${(range[0] * 100).toFixed(1)}–${(range[1] * 100).toFixed(1)})` : "";

const series = [
  { key: "accuracy", name: "Accuracy", range: "accuracyRange" },
  { key: "validAccuracy", name: "Valid accuracy", range: "validAccuracyRange" },
] as const;

function AccuracyTooltip({ active, payload }: { active?: boolean; payload?: { payload?: TAccuracyBar }[] }) {
  const bar = payload?.[0]?.payload;
  if (!active || !bar) return null;
  return (
    <div className="rounded-lg border border-slate-200 bg-white px-3 py-2 text-xs shadow-md">
      <p className="font-medium text-slate-900">{bar.label}</p>
      {series.map((s) => (
        <p key={s.key} className="tabular-nums text-slate-600">
          {s.name}: {formatPercent(bar[s.key])}
          {formatRange(bar[s.range])}
        </p>
      ))}
      <p className="mt-1 text-slate-500">Click a bar for the correct answers</p>
    </div>
  );
}

/** Accuracy and valid accuracy per run with 95% Wilson whiskers; a bar opens the run's correct answers. */
export function AccuracyChart({ bars }: { bars: TAccuracyBar[] }) {
  return (
    <div>
      <ChartLegend
        items={[
          { label: "Accuracy", color: accuracyColors.accuracy },
          { label: "Valid accuracy", color: accuracyColors.validAccuracy },
          { label: "95% interval", color: accuracyColors.whisker },
        ]}
      />
      <BarChart
        responsive
        layout="vertical"
        data={bars}
        style={{ width: "100%", height: computeBarChartHeight(bars.length, 52) }}
        margin={barChartMargin}
        barCategoryGap={10}
        barGap={2}
      >
        <CartesianGrid horizontal={false} stroke={gridStroke} />
        <XAxis {...shareAxis} tickFormatter={(value: number) => formatPercent(value, 0)} />
        <YAxis {...runNameAxis} />
        <Tooltip cursor={hoverCursor} content={<AccuracyTooltip />} />
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.name}
            fill={accuracyColors[s.key]}
            isAnimationActive={false}
            shape={(props) => {
              const bar = props.payload as TAccuracyBar;
              return (
                <WhiskeredBar
                  {...props}
                  range={bar[s.range]}
                  href={bar.href}
                  label={`${s.name} of ${bar.label}: ${formatPercent(bar[s.key])}${formatRange(bar[s.range])}. Show correct answers`}
                />
              );
            }}
          />
        ))}
      </BarChart>
    </div>
  );
}
