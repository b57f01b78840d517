import type { TInterval } from "@/lib/metrics";

/** The paired comparison of a row with the best row (by accuracy) on the samples both runs answered. */
export type TBestComparison = {
  /** Shared samples only the best run got right (on samples both answered; an invalid answer counts as wrong). */
  b: number;
  /** Shared samples only this run got right. */
  c: number;
  /** Two-sided exact McNemar p-value. */
  pValue: number;
  /** True when the data cannot tell this run from the best at the 0.05 level (or it did better on the pairs). */
  notSignificantlyWorse: boolean;
  /** Shared samples (both answered). */
  shared: number;
  /**
   * Smallest accuracy difference (a proportion) these pairs detect with 80% power at α = 0.05, given their observed
   * discordance (b + c) / shared (lib/metrics/power.ts); null when nothing is detectable (no or too few disagreements).
   */
  detectableDifference: number | null;
};

export type TLeaderboardRow = {
  runId: string;
  status: "COMPLETED" | "RUNNING";
  /** A running run: its numbers cover only the samples answered so far. */
  partial: boolean;
  endpoint: { id: string; name: string; model: string; tags: string[] };
  shots: number;
  split: "TRAIN" | "TEST";
  /** How answers were asked for (lib/answer-modes): FREE_TEXT, JSON_SCHEMA, GUIDED_CHOICE or LOGPROBS. */
  answerMode: string;
  /** GENERATE, or EMBEDDING_CLASSIFIER: "<endpoint> + logistic regression" on TRAIN's embeddings (issue 17). */
  method: string;
  total: number;
  createdAt: string;
  answered: number;
  errors: number;
  validRate: TInterval;
  validAccuracy: TInterval;
  accuracy: TInterval;
  macroF1: TInterval;
  /** USD per 1,000 answered samples; null when any answer has no price (unknown is not free). */
  costPer1k: number | null;
  latencyP50Ms: number | null;
  isBest: boolean;
  /** Null for the best row and for rows with nothing to compare. */
  comparison: TBestComparison | null;
};

export type TLeaderboardDataset = {
  id: string;
  name: string;
  task: "CLASSIFICATION" | "OPEN_QA";
  labels: string[];
};

export type TLeaderboard = { dataset: TLeaderboardDataset; rows: TLeaderboardRow[] };
