import type { TClassificationMetrics, TInterval, TPerClass } from "@/lib/metrics";
import { MISSING, formatCount, formatLatency, formatPercent, formatScore } from "@/components/ui/format";
import { formatRunCost } from "./format";

export type TFormattedInterval = { value: string; range: string | null };

/**
 * An estimate with its 95% interval: { value: "81.5%", range: "77.2–85.1%" }. A missing estimate is "—" and a
 * missing interval is null (not shown), never 0.
 */
export function formatInterval(interval: TInterval | null, kind: "percent" | "score" = "percent"): TFormattedInterval {
  const format = kind === "percent" ? (value: number) => formatPercent(value) : formatScore;
  if (!interval || interval.estimate === null) return { value: MISSING, range: null };
  const value = format(interval.estimate);
  if (interval.low === null || interval.high === null) return { value, range: null };
  const low = kind === "percent" ? (interval.low * 100).toFixed(1) : formatScore(interval.low);
  return { value, range: `${low}–${format(interval.high)}` };
}

export type TMetricCard = { label: string; value: string; range: string | null; hint: string };

type TCardInput = {
  metrics: TClassificationMetrics | null;
  totals: { cost: number | null; latencyP50Ms: number | null; latencyP95Ms: number | null };
  progress: { total: number; done: number; errors: number };
};

/** The headline figures of a classification run, in the order an analyst reads them. */
export function prepareMetricCards({ metrics, totals, progress }: TCardInput): TMetricCard[] {
  const rate = (key: "validRate" | "validAccuracy" | "accuracy") => formatInterval(metrics?.[key] ?? null);
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
      ...formatInterval(metrics?.macroF1 ?? null, "score"),
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
    precision: formatInterval(row.predicted === 0 ? null : { ...row.precisionInterval, estimate: row.precision }),
    recall: formatInterval(row.support === 0 ? null : { ...row.recallInterval, estimate: row.recall }),
    f1: row.inMacro ? formatScore(row.f1) : MISSING,
  }));
}
