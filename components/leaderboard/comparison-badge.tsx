import type { TLeaderboardRow } from "@/lib/leaderboard/types";
import { formatPValue } from "@/components/ui/format";

const badge = "inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset";

/** "Best" on the top row by accuracy; "≈ best" where an exact McNemar test cannot tell a row from it. */
export function ComparisonBadge({ row }: { row: TLeaderboardRow }) {
  if (row.isBest) {
    return (
      <span className={`${badge} bg-indigo-50 text-indigo-700 ring-indigo-600/20`} title="Highest accuracy">
        Best
      </span>
    );
  }
  const comparison = row.comparison;
  if (!comparison?.notSignificantlyWorse) return null;
  const title =
    `Not significantly different from the best run (exact McNemar, ${formatPValue(comparison.pValue)}; ` +
    `${comparison.b} samples only the best got right, ${comparison.c} only this run got right).`;
  return (
    <span className={`${badge} cursor-help bg-emerald-50 text-emerald-700 ring-emerald-600/20`} title={title}>
      ≈ best
    </span>
  );
}
