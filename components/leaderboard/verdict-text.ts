import { formatPValue } from "@/components/ui/format";
import type { TQaComparison } from "@/lib/leaderboard/qa-types";
import type { TBestComparison } from "@/lib/leaderboard/types";

/**
 * The verdict of a row against the best, with what its test could have seen (80% power, α = 0.05): a "not
 * significantly different" says little when the test set could only ever detect a 15-point gap.
 */
export function describeAccuracyVerdict(comparison: TBestComparison): string {
  if (!comparison.notSignificantlyWorse)
    return `Significantly worse than the best (McNemar ${formatPValue(comparison.pValue)})`;
  const detectable = comparison.detectableDifference;
  if (detectable === null) {
    return `Not significantly different; ${comparison.b + comparison.c} disagreements on ${comparison.shared} shared samples are too few to detect any gap`;
  }
  return `Not significantly different; this test set can only detect ≥ ${(detectable * 100).toFixed(1)} points`;
}

export function describeGradeVerdict(comparison: TQaComparison): string {
  if (!comparison.notSignificantlyWorse)
    return `Significantly worse than the best (Wilcoxon ${formatPValue(comparison.pValue)})`;
  const detectable = comparison.detectableDifference;
  if (detectable === null)
    return `Not significantly different; ${comparison.pairs} shared sample is too few to size a gap`;
  return `Not significantly different; these samples can only detect a mean-note gap ≥ ${detectable.toFixed(2)}`;
}
