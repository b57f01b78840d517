import type { TInterval } from "@/lib/metrics";

/** The paired comparison of a judging row with the best row of the same judge, on samples both got a grade for. */
export type TQaComparison = {
  /** Samples where both rows have a parsed grade. */
  pairs: number;
  /** Mean of (best grade - this row's grade) over those pairs; null without pairs. */
  meanDifference: number | null;
  /** Two-sided Wilcoxon signed-rank p-value (1 without pairs or without a non-zero difference). */
  pValue: number;
  method: "exact" | "normal";
  /** True when the test cannot tell this row from the best at the 0.05 level (or this row did better on the pairs). */
  notSignificantlyWorse: boolean;
  /**
   * Smallest mean-grade gap these pairs detect with 80% power at α = 0.05 by Wilcoxon (the paired t test's, widened
   * by 1/√ARE; lib/metrics/power.ts), from the observed SD of the paired differences; null below two pairs.
   */
  detectableDifference: number | null;
};

export type TQaJudge = { id: string; name: string; model: string };

/** One judging: a judge's grades of one run's answers, or of the dataset's reference answers (runId null). */
export type TQaJudgingRow = {
  judgingId: string;
  /** Null for the "dataset" row: the reference answers themselves, graded by the same judge. */
  runId: string | null;
  endpoint: { id: string; name: string; model: string; tags: string[] } | null;
  shots: number | null;
  judge: TQaJudge;
  referenceGuided: boolean;
  /** Rows are only ranked against rows graded the same way: same judge, rubric and reference guidance. */
  groupKey: string;
  status: "COMPLETED" | "RUNNING";
  partial: boolean;
  total: number;
  /** Grades returned (parsed + unparseable); judge calls that failed are `errors`. */
  judged: number;
  graded: number;
  parseFailures: number;
  parseFailureRate: TInterval;
  errors: number;
  /** Mean grade (1-10) over parsed grades with a 95% t interval; unparseable grades are never counted as 0. */
  mean: TInterval;
  /** Parsed grades per score 1..10 (always ten entries). */
  histogram: { score: number; count: number }[];
  /** USD per 1,000 answers of the graded model at list price; null for the dataset row or an unpriced model. */
  modelCostPer1k: number | null;
  /** USD the judge cost for this judging at list price; null when the judge has no price. */
  judgeCost: number | null;
  isBest: boolean;
  comparison: TQaComparison | null;
};

/** A run's answers against the reference answers: a lexical overlap, not a judge's grade. */
export type TQaReferenceRow = {
  runId: string;
  endpoint: { id: string; name: string; model: string; tags: string[] };
  shots: number;
  status: "COMPLETED" | "RUNNING";
  partial: boolean;
  total: number;
  answered: number;
  errors: number;
  /** Mean SQuAD token F1 over answered samples with a seeded bootstrap 95% interval. */
  tokenF1: TInterval;
  costPer1k: number | null;
};

export type TQaBoard = {
  judgings: TQaJudgingRow[];
  reference: TQaReferenceRow[];
  /** Judgings created but not started yet (a judging of a run waits for the run to finish). */
  queuedJudgings: number;
};
