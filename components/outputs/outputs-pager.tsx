import Link from "next/link";
import { secondaryButton } from "@/components/ui/styles";
import { outputsHref, type TOutputLink } from "@/lib/outputs/filters";
import { describePage } from "./output-status";

/** Keyset pages go forward only (that is what keeps page 1,000 fast); "First page" starts over. */
export function OutputsPager({
  runId,
  link,
  shown,
  total,
  paged,
  nextCursor,
}: {
  runId: string;
  link: TOutputLink;
  shown: number;
  total: number;
  paged: boolean;
  nextCursor: number | null;
}) {
  return (
    <nav aria-label="Output pages" className="flex items-center justify-between gap-4 text-sm text-slate-600">
      <p aria-live="polite">{describePage(shown, total, paged)}</p>
      <div className="flex gap-2">
        {paged ? (
          <Link className={secondaryButton} href={outputsHref(runId, link)}>
            ← First page
          </Link>
        ) : null}
        {nextCursor !== null ? (
          <Link className={secondaryButton} href={outputsHref(runId, { ...link, cursor: nextCursor })} rel="next">
            Next page →
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
