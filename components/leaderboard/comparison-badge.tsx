import type { TLeaderboardRow } from "@/lib/leaderboard/types";
import { formatPValue } from "@/components/ui/format";

const badge = "inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset";

/**
 * "Best" on the top row by accuracy; "≈ best" where an exact McNemar test cannot tell a row from it, "below best"
 * where it can.
 */
export function ComparisonBadge({ row }: { row: TLeaderboardRow }) {
  if (row.isBest) {
    return (
      <span className={`${badge} bg-indigo-50 text-indigo-700 ring-indigo-600/20`} title="Highest accuracy">
        Best
      </span>
    );
  }
  const comparison = row.comparison;
  if (!comparison) return null;
  if (!comparison.notSignificantlyWorse) {
    // The same paired test, read the other way: e.g. a model's free-text run against its own JSON-mode run.
    const below =
      `Significantly below the best run (exact McNemar, ${formatPValue(comparison.pValue)}; ` +
      `${comparison.b} samples only the best got right, ${comparison.c} only this run got right).`;
    return (
      <span className={`${badge} cursor-help bg-rose-50 text-rose-700 ring-rose-600/20`} title={below}>
        below best
      </span>
    );
  }
  const title =
    `Not significantly different from the best run (exact McNemar, ${formatPValue(comparison.pValue)}; ` +
    `${comparison.b} samples only the best got right, ${comparison.c} only this run got right).`;
  return (
    <span className={`${badge} cursor-help bg-emerald-50 text-emerald-700 ring-emerald-600/20`} title={title}>
      ≈ best
    </span>
  );
}
