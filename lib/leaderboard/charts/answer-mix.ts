import type { TLeaderboardRow } from "../types";
import { buildInvalidHref, buildOutputsHref } from "./links";
import { labelRuns } from "./run-labels";

export const ANSWER_KINDS = ["correct", "wrong", "invalid", "error"] as const;
export type TAnswerKind = (typeof ANSWER_KINDS)[number];

export type TAnswerMixBar = {
  runId: string;
  label: string;
  /** Outputs so far: answers plus errors. */
  total: number;
  counts: Record<TAnswerKind, number>;
  /** Shares of `total` for the stacked bar; all null (a gap) when the run has no output yet. */
  correct: number | null;
  wrong: number | null;
  invalid: number | null;
  error: number | null;
  hrefs: Record<TAnswerKind, string>;
};

/** Counts back from a proportion of n: the rows carry valid/answered and correct/answered as exact ratios. */
function countOf(share: number | null, n: number): number {
  return share === null ? 0 : Math.round(share * n);
}

/**
 * Valid answers (split into correct and wrong label), invalid answers and errors per run, as shares of the run's
 * outputs. Each segment links to its samples: correct and wrong answers, invalid answers grouped by text, errors.
 */
export function prepareAnswerMix(rows: readonly TLeaderboardRow[]): TAnswerMixBar[] {
  const labels = labelRuns(rows);
  return rows.map((row) => {
    const valid = countOf(row.validRate.estimate, row.answered);
    const correct = countOf(row.accuracy.estimate, row.answered);
    const counts = { correct, wrong: valid - correct, invalid: row.answered - valid, error: row.errors };
    const total = row.answered + row.errors;
    const share = (count: number) => (total === 0 ? null : count / total);
    return {
      runId: row.runId,
      label: labels.get(row.runId) ?? row.endpoint.name,
      total,
      counts,
      correct: share(counts.correct),
      wrong: share(counts.wrong),
      invalid: share(counts.invalid),
      error: share(counts.error),
      hrefs: {
        correct: buildOutputsHref(row.runId, { view: "correct" }),
        wrong: buildOutputsHref(row.runId, { view: "mislabeled" }),
        invalid: buildInvalidHref(row.runId),
        error: buildOutputsHref(row.runId, { view: "errors" }),
      },
    };
  });
}
