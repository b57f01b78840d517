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
import Link from "next/link";
import { card, textLink } from "@/components/ui/styles";
import { outputsHref } from "@/lib/outputs/filters";
import { axisStroke, barColor, gridStroke, hoverCursor, smallTick, tick } from "@/components/ui/chart-theme";
import { formatCount, formatInterval, formatPercent, formatScore } from "@/components/ui/format";
import type { TCalibrationFigures } from "@/lib/answer-modes/calibration";
import { prepareCoveragePoints, prepareReliabilityPoints, type TReliabilityPoint } from "./calibration-chart-data";

// "Confidently wrong": wrong answers the model gave at least this probability.
const CONFIDENTLY = 0.9;

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

/** Calibration of a completed run's confidences: headline figures, the reliability diagram, accuracy vs coverage. */
export function CalibrationSection({ runId, figures }: { runId: string; figures: TCalibrationFigures }) {
  const ece = formatInterval(figures.ece, "score");
  const brier = formatInterval(figures.brier, "score");
  const stats = [
    {
      label: "ECE",
      value: ece.value,
      range: ece.range,
      hint: "Expected calibration error over 10 bins (0 = calibrated)",
    },
    {
      label: "Brier score",
      value: brier.value,
      range: brier.range,
      hint: "Mean squared gap between confidence and correctness",
    },
    {
      label: "AUROC",
      value: formatScore(figures.auroc),
      range: null,
      hint: "Chance a right answer is more confident than a wrong one",
    },
    {
      label: "Outputs covered",
      value: formatCount(figures.covered),
      range: figures.missing > 0 ? `${formatCount(figures.missing)} without log-probabilities` : "all answers",
      hint: "Answered outputs with a confidence; the others got no log-probabilities back",
    },
  ];
  const reliability = prepareReliabilityPoints(figures);
  const coverage = prepareCoveragePoints(figures);
  return (
    <section aria-labelledby="calibration-title" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="calibration-title" className="text-base font-semibold">
          Confidence and calibration
        </h2>
        <p className="text-xs text-slate-500">
          Confidence is the probability the model gave its answer. Ranges are bootstrap 95% intervals (
          {formatCount(figures.resamples)} resamples
          {figures.resampleSize < figures.covered
            ? ` of ${formatCount(figures.resampleSize)} outputs, spread scaled to the run`
            : ""}
          ).{" "}
          <Link href={outputsHref(runId, { view: "wrong", confidenceMin: CONFIDENTLY })} className={textLink}>
            Confidently wrong answers
          </Link>
        </p>
      </div>
      <dl className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        {stats.map((stat) => (
          <div key={stat.label} className={`${card} px-5 py-4`} title={stat.hint}>
            <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{stat.label}</dt>
            <dd className="mt-1">
              <span className="text-2xl font-semibold tabular-nums text-slate-900">{stat.value}</span>
              <span className="mt-0.5 block min-h-4 text-xs tabular-nums text-slate-500">{stat.range ?? ""}</span>
            </dd>
          </div>
        ))}
      </dl>
      {figures.covered === 0 ? (
        <p className={`${card} px-5 py-4 text-sm text-slate-600`}>
          No answer came back with log-probabilities, so there is no confidence to calibrate.
        </p>
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          <ChartCard
            title="Reliability diagram"
            description="Accuracy of the answers in each confidence bin; the diagonal is perfect calibration."
            note="Numbers over the bars are the outputs in each bin; empty bins have no bar."
          >
            <ComposedChart
              responsive
              style={{ width: "100%", height: 280 }}
              data={reliability}
              margin={{ top: 20, right: 16, bottom: 8, left: 0 }}
            >
              <CartesianGrid stroke={gridStroke} />
              <XAxis
                dataKey="mid"
                {...percentAxis}
                ticks={[0, 0.2, 0.4, 0.6, 0.8, 1]}
                tick={tick}
                stroke={axisStroke}
              />
              <YAxis {...percentAxis} tick={smallTick} stroke={axisStroke} width={48} />
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
          <ChartCard
            title="Accuracy against coverage"
            description="Answer only when confident: accuracy of the answers kept as the confidence threshold rises."
            note="Left: only the most confident answers; right: every answer."
          >
            <LineChart
              responsive
              style={{ width: "100%", height: 280 }}
              data={coverage}
              margin={{ top: 20, right: 16, bottom: 8, left: 0 }}
            >
              <CartesianGrid stroke={gridStroke} />
              <XAxis dataKey="coverage" {...percentAxis} tick={tick} stroke={axisStroke} />
              <YAxis {...percentAxis} tick={smallTick} stroke={axisStroke} width={48} />
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
        </div>
      )}
    </section>
  );
}
