import type { TQaJudgingRow } from "@/lib/leaderboard/qa-types";
import { formatPValue } from "@/components/ui/format";

const badge = "inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset";

/** "Best" per judge; "≈ best" where a Wilcoxon signed-rank test on shared samples cannot tell a row from it. */
export function QaJudgeBadge({ row }: { row: TQaJudgingRow }) {
  if (row.isBest) {
    return (
      <span
        className={`${badge} bg-indigo-50 text-indigo-700 ring-indigo-600/20`}
        title="Highest mean grade of this judge"
      >
        Best
      </span>
    );
  }
  const comparison = row.comparison;
  if (!comparison?.notSignificantlyWorse) return null;
  const difference =
    comparison.meanDifference === null ? "" : `, best − this = ${comparison.meanDifference.toFixed(2)}`;
  const title =
    `Not significantly different from this judge's best row (Wilcoxon signed-rank on ${comparison.pairs} shared ` +
    `samples, ${formatPValue(comparison.pValue)}${difference}).`;
  return (
    <span className={`${badge} cursor-help bg-emerald-50 text-emerald-700 ring-emerald-600/20`} title={title}>
      ≈ best
    </span>
  );
}
