"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { formatCount, formatLatency } from "@/components/ui/format";
import type { TLatencyBar } from "@/lib/leaderboard/charts/latency-bars";
import { ChartLegend } from "./chart-card";
import {
  axisStroke,
  barChartMargin,
  computeBarChartHeight,
  gridStroke,
  hoverCursor,
  latencyColors,
  runNameAxis,
  tick,
} from "@/components/ui/chart-theme";
import { LinkedRect } from "./svg-link";

const percentiles = ["p50", "p90", "p95", "p99"] as const;

function LatencyTooltip({ active, payload }: { active?: boolean; payload?: { payload?: TLatencyBar }[] }) {
  const bar = payload?.[0]?.payload;
  if (!active || !bar) return null;
  return (
    <div className="rounded-lg border border-slate-200 bg-white px-3 py-2 text-xs shadow-md">
      <p className="font-medium text-slate-900">{bar.label}</p>
      <p className="tabular-nums text-slate-600">
        {percentiles.map((p) => `${p} ${formatLatency(bar[p])}`).join(" · ")}
      </p>
      <p className="text-slate-500">{formatCount(bar.calls)} live calls</p>
    </div>
  );
}

/** Latency percentiles of live calls per run, fastest median first; bars open the run. */
export function LatencyChart({ bars }: { bars: TLatencyBar[] }) {
  if (bars.length === 0) {
    return <p className="grid h-48 place-items-center text-sm text-slate-500">No live call has been timed yet.</p>;
  }
  return (
    <div>
      <ChartLegend items={percentiles.map((p) => ({ label: p, color: latencyColors[p] }))} />
      <BarChart
        responsive
        layout="vertical"
        data={bars}
        style={{ width: "100%", height: computeBarChartHeight(bars.length, 64) }}
        margin={barChartMargin}
        barCategoryGap={8}
        barGap={1}
      >
        <CartesianGrid horizontal={false} stroke={gridStroke} />
        <XAxis type="number" tickFormatter={(value: number) => formatLatency(value)} tick={tick} stroke={axisStroke} />
        <YAxis {...runNameAxis} />
        <Tooltip cursor={hoverCursor} content={<LatencyTooltip />} />
        {percentiles.map((p) => (
          <Bar
            key={p}
            dataKey={p}
            name={p}
            fill={latencyColors[p]}
            isAnimationActive={false}
            shape={(props) => {
              const bar = props.payload as TLatencyBar;
              return (
                <LinkedRect
                  {...props}
                  href={bar.href}
                  label={`${p} latency of ${bar.label}: ${formatLatency(bar[p])}. Open the run`}
                />
              );
            }}
          />
        ))}
      </BarChart>
    </div>
  );
}
