import { formatCount } from "@/components/ui/format";
import type { TReviewItemView } from "@/lib/review/item";

export function ReviewProgress({ view }: { view: TReviewItemView }) {
  const { decided, conflicts, total } = view.progress;
  const share = total === 0 ? 0 : (decided / total) * 100;
  return (
    <div className="min-w-64">
      <p className="text-sm text-slate-700">
        Item <span className="font-semibold">{formatCount(view.position + 1)}</span> of {formatCount(total)} ·{" "}
        <span data-testid="decided">{formatCount(decided)}</span> decided
        {conflicts > 0 ? ` · ${formatCount(conflicts)} in conflict` : ""}
        {view.queue.reviewsPerItem > 1 ? ` · ${view.queue.reviewsPerItem} reviews per item` : ""}
      </p>
      <div
        className="mt-1.5 h-1.5 w-full rounded-full bg-slate-100"
        role="progressbar"
        aria-label="Items decided"
        aria-valuenow={decided}
        aria-valuemin={0}
        aria-valuemax={total}
      >
        <div className="h-1.5 rounded-full bg-indigo-500" style={{ width: `${share}%` }} />
      </div>
    </div>
  );
}
