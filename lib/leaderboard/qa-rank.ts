import { wilcoxonDetectableDifference, wilcoxonSignedRank } from "@/lib/metrics";
import { SIGNIFICANCE_LEVEL } from "./rank";
import type { TQaComparison } from "./qa-types";

type TRankable = {
  judgingId: string;
  groupKey: string;
  status: string;
  graded: number;
  mean: { estimate: number | null };
};

/**
 * The best row of each group (same judge, rubric, guidance: grades of different judges are not on one scale): the
 * highest mean grade among completed judgings, falling back to running ones when none has completed. Ties go to the
 * earlier row. Returns group key -> judging id.
 */
export function findBestJudgingIds(rows: readonly TRankable[]): Map<string, string> {
  const best = new Map<string, string>();
  const groups = [...new Set(rows.map((row) => row.groupKey))];
  for (const group of groups) {
    const scored = rows.filter((row) => row.groupKey === group && row.graded > 0 && row.mean.estimate !== null);
    const completed = scored.filter((row) => row.status === "COMPLETED");
    let winner: TRankable | null = null;
    for (const row of completed.length > 0 ? completed : scored) {
      if (winner === null || (row.mean.estimate as number) > (winner.mean.estimate as number)) winner = row;
    }
    if (winner) best.set(group, winner.judgingId);
  }
  return best;
}

/**
 * Wilcoxon signed-rank test of the best row's grades against this row's, paired by sample. A row that did at least as
 * well on the shared samples (its rank sum is not below the best's) is never "significantly worse".
 */
export function compareScoresWithBest(best: readonly number[], other: readonly number[]): TQaComparison {
  if (best.length === 0) {
    return {
      pairs: 0,
      meanDifference: null,
      pValue: 1,
      method: "normal",
      notSignificantlyWorse: true,
      detectableDifference: null,
    };
  }
  const test = wilcoxonSignedRank(best, other);
  const differences = best.map((value, i) => value - (other[i] as number));
  const meanDifference = differences.reduce((sum, d) => sum + d, 0) / best.length;
  const sd =
    best.length < 2
      ? 0
      : Math.sqrt(differences.reduce((sum, d) => sum + (d - meanDifference) ** 2, 0) / (best.length - 1));
  return {
    detectableDifference: wilcoxonDetectableDifference(best.length, sd),
    pairs: best.length,
    meanDifference,
    pValue: test.pValue,
    method: test.method,
    notSignificantlyWorse: test.wPlus <= test.wMinus || test.pValue >= SIGNIFICANCE_LEVEL,
  };
}
