import type { TClassificationMetrics, TPerClass } from "@/lib/metrics";
import {
  MISSING,
  formatCount,
  formatInterval,
  formatLatency,
  formatPercent,
  formatScore,
  type TFormattedInterval,
} from "@/components/ui/format";
import { formatRunCost } from "./format";

/** A run's figures show their range on a line of its own, so a percent range carries its unit. */
const ownLine = { rangeUnit: true };

export type TMetricCard = { label: string; value: string; range: string | null; hint: string };

type TCardInput = {
  metrics: TClassificationMetrics | null;
  totals: { cost: number | null; latencyP50Ms: number | null; latencyP95Ms: number | null };
  progress: { total: number; done: number; errors: number };
};

/** The headline figures of a classification run, in the order an analyst reads them. */
export function prepareMetricCards({ metrics, totals, progress }: TCardInput): TMetricCard[] {
  const rate = (key: "validRate" | "validAccuracy" | "accuracy") =>
    formatInterval(metrics?.[key] ?? null, "percent", ownLine);
  return [
    {
      label: "Valid answers",
      ...rate("validRate"),
      hint: "Answers that are exactly one of the labels, of all answers.",
    },
    { label: "Valid accuracy", ...rate("validAccuracy"), hint: "Correct answers among the valid ones." },
    { label: "Accuracy", ...rate("accuracy"), hint: "Correct answers among all answers: an invalid one is wrong." },
    {
      label: "Macro-F1",
      ...formatInterval(metrics?.macroF1 ?? null, "score", ownLine),
      hint: "Mean F1 over the classes (bootstrap interval).",
    },
    {
      label: "Answered",
      value: metrics ? formatCount(metrics.answered) : formatCount(progress.done - progress.errors),
      range: `of ${formatCount(progress.total)} samples`,
      hint: "n: samples with an answer (errors are not answers).",
    },
    {
      label: "Errors",
      value: formatCount(progress.errors),
      range: progress.done > 0 ? `${formatPercent(progress.errors / progress.done)} of calls` : null,
      hint: "Calls that failed after every retry.",
    },
    {
      label: "Cost",
      value: formatRunCost(totals.cost, progress.done),
      range: null,
      hint: "Tokens × the endpoint's prices.",
    },
    {
      label: "Latency p50",
      value: formatLatency(totals.latencyP50Ms),
      range: totals.latencyP95Ms === null ? null : `p95 ${formatLatency(totals.latencyP95Ms)}`,
      hint: "Per answered call, cached answers left out.",
    },
  ];
}

export type TPerClassRow = {
  label: string;
  support: string;
  precision: TFormattedInterval;
  recall: TFormattedInterval;
  f1: string;
};

/** Per-class rows. Precision of a class nobody predicted is unknown ("—"), not 0, even though macro-F1 counts it 0. */
export function preparePerClassRows(perClass: readonly TPerClass[]): TPerClassRow[] {
  return perClass.map((row) => ({
    label: row.label,
    support: formatCount(row.support),
    precision: formatInterval(
      row.predicted === 0 ? null : { ...row.precisionInterval, estimate: row.precision },
      "percent",
      ownLine,
    ),
    recall: formatInterval(
      row.support === 0 ? null : { ...row.recallInterval, estimate: row.recall },
      "percent",
      ownLine,
    ),
    f1: row.inMacro ? formatScore(row.f1) : MISSING,
  }));
}
