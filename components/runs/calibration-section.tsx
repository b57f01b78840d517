"use client";

import Link from "next/link";
import { card, textLink } from "@/components/ui/styles";
import { outputsHref } from "@/lib/outputs/filters";
import { formatCount, formatInterval, formatScore } from "@/components/ui/format";
import type { TCalibrationFigures } from "@/lib/answer-modes/calibration";
import { CoverageChart, ReliabilityChart } from "./calibration-charts";

// "Confidently wrong": wrong answers the model gave at least this probability.
const CONFIDENTLY = 0.9;

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
          <Link
            href={outputsHref(runId, { view: "wrong", confidenceMin: CONFIDENTLY, sort: "confidence-desc" })}
            className={textLink}
          >
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
          <ReliabilityChart figures={figures} />
          <CoverageChart figures={figures} />
        </div>
      )}
    </section>
  );
}
