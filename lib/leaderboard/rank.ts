import { mcnemarDetectableDifference, mcnemarExact } from "@/lib/metrics";
import type { TBestComparison } from "./types";

export const SIGNIFICANCE_LEVEL = 0.05;

type TRankable = { runId: string; status: string; answered: number; accuracy: { estimate: number | null } };

/**
 * The row the others are tested against: highest accuracy among completed runs (a running run's partial score is
 * too young to crown), falling back to running ones when nothing has completed. Ties go to the earlier row.
 */
export function findBestRunId(rows: readonly TRankable[]): string | null {
  const scored = rows.filter((row) => row.answered > 0 && row.accuracy.estimate !== null);
  const completed = scored.filter((row) => row.status === "COMPLETED");
  const candidates = completed.length > 0 ? completed : scored;
  let best: TRankable | null = null;
  for (const row of candidates) {
    if (best === null || (row.accuracy.estimate as number) > (best.accuracy.estimate as number)) best = row;
  }
  return best?.runId ?? null;
}

/**
 * Exact McNemar against the best run. b counts pairs only the best got right, c pairs only this run got right;
 * a run that did at least as well on the shared pairs is never "significantly worse".
 */
export function compareWithBest(discordant: { b: number; c: number; shared: number }): TBestComparison {
  const { b, c, pValue } = mcnemarExact(discordant.b, discordant.c);
  const { shared } = discordant;
  return {
    b,
    c,
    pValue,
    notSignificantlyWorse: c >= b || pValue >= SIGNIFICANCE_LEVEL,
    shared,
    detectableDifference: shared > 0 ? mcnemarDetectableDifference(shared, (b + c) / shared) : null,
  };
}

/**
 * Cost per 1,000 answered samples. Unknown (null) unless every answer carries a cost: a partly priced run would
 * otherwise look cheaper than it is.
 */
export function computeCostPer1k(totals: {
  cost: number | null;
  pricedAnswers: number;
  answered: number;
}): number | null {
  if (totals.answered === 0 || totals.cost === null || totals.pricedAnswers < totals.answered) return null;
  return (totals.cost / totals.answered) * 1000;
}
