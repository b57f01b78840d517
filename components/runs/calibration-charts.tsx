"use client";

import {
  Bar,
  CartesianGrid,
  ComposedChart,
  LabelList,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { ChartCard } from "@/components/leaderboard/charts/chart-card";
import { axisStroke, barColor, gridStroke, hoverCursor, smallTick, tick } from "@/components/ui/chart-theme";
import { formatCount, formatPercent } from "@/components/ui/format";
import type { TCalibrationFigures } from "@/lib/answer-modes/calibration";
import { prepareCoveragePoints, prepareReliabilityPoints, type TReliabilityPoint } from "./calibration-chart-data";

// Both charts: the same frame, and a 0-100% axis either way.
const frame = {
  responsive: true,
  style: { width: "100%", height: 280 },
  margin: { top: 20, right: 16, bottom: 8, left: 0 },
};
const yAxis = (
  <YAxis
    type="number"
    domain={[0, 1]}
    tickFormatter={(value: number) => formatPercent(value, 0)}
    tick={smallTick}
    stroke={axisStroke}
    width={48}
  />
);

const percentAxis = {
  type: "number" as const,
  domain: [0, 1],
  tickFormatter: (value: number) => formatPercent(value, 0),
};

function BinTooltip({ active, payload }: { active?: boolean; payload?: { payload?: TReliabilityPoint }[] }) {
  const point = payload?.[0]?.payload;
  if (!active || !point) return null;
  return (
    <div className="rounded-lg border border-slate-200 bg-white px-3 py-2 text-xs shadow-md">
      <p className="font-medium text-slate-900">Confidence {point.range}</p>
      <p className="tabular-nums text-slate-600">
        {formatCount(point.count)} outputs · accuracy {formatPercent(point.accuracy)} · mean confidence{" "}
        {formatPercent(point.meanConfidence)}
      </p>
    </div>
  );
}

/** Accuracy per confidence bin against the diagonal of perfect calibration, with each bin's count over its bar. */
export function ReliabilityChart({ figures }: { figures: TCalibrationFigures }) {
  const reliability = prepareReliabilityPoints(figures);
  return (
    <ChartCard
      title="Reliability diagram"
      description="Accuracy of the answers in each confidence bin; the diagonal is perfect calibration."
      note="Numbers over the bars are the outputs in each bin; empty bins have no bar."
    >
      <ComposedChart {...frame} data={reliability}>
        <CartesianGrid stroke={gridStroke} />
        <XAxis dataKey="mid" {...percentAxis} ticks={[0, 0.2, 0.4, 0.6, 0.8, 1]} tick={tick} stroke={axisStroke} />
        {yAxis}
        <ReferenceLine
          segment={[
            { x: 0, y: 0 },
            { x: 1, y: 1 },
          ]}
          stroke="#94a3b8"
          strokeDasharray="4 4"
        />
        <Tooltip content={<BinTooltip />} cursor={hoverCursor} />
        <Bar dataKey="accuracy" fill={barColor} barSize={22} name="Accuracy" isAnimationActive={false}>
          <LabelList dataKey="count" position="top" style={{ fill: "#475569", fontSize: 11 }} />
        </Bar>
      </ComposedChart>
    </ChartCard>
  );
}

/** "Answer only when confident": accuracy of the answers kept against the share kept. */
export function CoverageChart({ figures }: { figures: TCalibrationFigures }) {
  const coverage = prepareCoveragePoints(figures);
  return (
    <ChartCard
      title="Accuracy against coverage"
      description="Answer only when confident: accuracy of the answers kept as the confidence threshold rises."
      note="Left: only the most confident answers; right: every answer."
    >
      <LineChart {...frame} data={coverage}>
        <CartesianGrid stroke={gridStroke} />
        <XAxis dataKey="coverage" {...percentAxis} tick={tick} stroke={axisStroke} />
        {yAxis}
        <Tooltip
          formatter={(value) => formatPercent(Number(value))}
          labelFormatter={(value) => `${formatPercent(Number(value))} of answers kept`}
        />
        <Line
          dataKey="accuracy"
          name="Accuracy"
          stroke={barColor}
          strokeWidth={2}
          dot={{ r: 3 }}
          isAnimationActive={false}
        />
      </LineChart>
    </ChartCard>
  );
}
