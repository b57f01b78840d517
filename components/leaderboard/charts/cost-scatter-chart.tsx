"use client";

import { CartesianGrid, LabelList, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import { formatPercent, formatUsd } from "@/components/ui/format";
import type { TCostPoint, TCostScatter } from "@/lib/leaderboard/charts/cost-accuracy";
import { ChartLegend } from "./chart-card";
import {
  axisStroke,
  dominatedColor,
  frontierColor,
  gridStroke,
  niceCeiling,
  pointFill,
  smallTick,
  tick,
  truncateLabel,
} from "@/components/ui/chart-theme";
import { SvgLink } from "./svg-link";

function PointTooltip({ active, payload }: { active?: boolean; payload?: { payload?: TCostPoint }[] }) {
  const point = payload?.[0]?.payload;
  if (!active || !point) return null;
  return (
    <div className="rounded-lg border border-slate-200 bg-white px-3 py-2 text-xs shadow-md">
      <p className="font-medium text-slate-900">{point.label}</p>
      <p className="tabular-nums text-slate-600">
        {formatPercent(point.accuracy)} accuracy · {formatUsd(point.cost)} per 1k samples
      </p>
      <p className="text-slate-500">{point.onFrontier ? "On the Pareto frontier" : "Dominated by a frontier run"}</p>
    </div>
  );
}

function Point(props: { cx?: number; cy?: number; payload?: TCostPoint }) {
  const { cx, cy, payload } = props;
  if (cx === undefined || cy === undefined || !payload) return null;
  const label = `${payload.label}: ${formatPercent(payload.accuracy)} accuracy at ${formatUsd(payload.cost)} per 1k. Open the run`;
  return (
    <SvgLink href={payload.href} label={label}>
      <circle
        cx={cx}
        cy={cy}
        r={7}
        fill={payload.onFrontier ? frontierColor : pointFill}
        stroke={payload.onFrontier ? pointFill : dominatedColor}
        strokeWidth={2}
      />
    </SvgLink>
  );
}

/** Accuracy against cost at list price; the frontier joins the runs nothing beats on both. Points open the run. */
export function CostScatterChart({ scatter }: { scatter: TCostScatter }) {
  if (scatter.points.length === 0) {
    return <p className="grid h-48 place-items-center text-sm text-slate-500">No run has a known cost to plot yet.</p>;
  }
  const log = scatter.xScale === "log";
  return (
    <div>
      <ChartLegend
        items={[
          { label: "Pareto frontier", color: frontierColor },
          { label: "Dominated", color: dominatedColor },
        ]}
      />
      <ScatterChart
        responsive
        style={{ width: "100%", height: 300 }}
        margin={{ top: 12, right: 28, bottom: 8, left: 0 }}
      >
        <CartesianGrid stroke={gridStroke} />
        <XAxis
          type="number"
          dataKey="cost"
          name="Cost per 1k"
          scale={log ? "log" : "auto"}
          // Headroom on the right for the labels of the costliest runs; all-free boards get a $0-$1 axis.
          domain={log ? ["auto", "auto"] : [0, (dataMax: number) => niceCeiling(dataMax * 1.3)]}
          tickFormatter={(value: number) => formatUsd(value)}
          tick={tick}
          stroke={axisStroke}
          label={{ value: "USD per 1,000 samples", position: "insideBottomRight", offset: -4, ...smallTick }}
          height={40}
        />
        <YAxis
          type="number"
          dataKey="accuracy"
          name="Accuracy"
          domain={[0, 1]}
          ticks={[0, 0.25, 0.5, 0.75, 1]}
          tickFormatter={(value: number) => formatPercent(value, 0)}
          tick={tick}
          stroke={axisStroke}
          width={48}
        />
        <Tooltip cursor={{ strokeDasharray: "3 3" }} content={<PointTooltip />} />
        <Scatter
          data={scatter.frontier}
          line={{ stroke: frontierColor, strokeWidth: 2, strokeDasharray: "5 4" }}
          shape={() => <g />}
          isAnimationActive={false}
          legendType="none"
          tooltipType="none"
        />
        <Scatter data={scatter.points} shape={Point} isAnimationActive={false}>
          <LabelList
            dataKey="label"
            position="right"
            offset={10}
            dy={12}
            formatter={(value) => truncateLabel(String(value), 22)}
            style={smallTick}
          />
        </Scatter>
      </ScatterChart>
    </div>
  );
}
