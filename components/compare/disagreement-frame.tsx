import Link from "next/link";
import type { ReactNode } from "react";
import { formatCount } from "@/components/ui/format";
import { card, chipButton, secondaryButton } from "@/components/ui/styles";
import { buildCompareHref } from "./compare-format";

type TSide = "discordant" | "onlyA" | "onlyB";

type TProps = {
  /** The comparison's own query (runs, judge): the chips and pages only change the side and the cursor. */
  query: { a: string; b: string; judge?: string };
  sides: readonly { side: TSide; label: string }[];
  side: TSide;
  counts: Record<TSide, number>;
  cursor: string | undefined;
  nextCursor: string | number | null;
  /** Shown instead of the table when this page has no sample. */
  empty: string | null;
  /** The table of this page's samples. */
  children: ReactNode;
};

/** "Where they disagree": the side chips with their counts, the page of samples, and first/next page links. */
export function DisagreementFrame({ query, sides, side, counts, cursor, nextCursor, empty, children }: TProps) {
  return (
    <section aria-labelledby="disagreements-title" className={`${card} overflow-hidden`}>
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <h2 id="disagreements-title" className="text-base font-semibold">
          Where they disagree
        </h2>
        <nav className="flex flex-wrap gap-2" aria-label="Which disagreements">
          {sides.map((entry) => (
            <Link
              key={entry.side}
              href={buildCompareHref({ ...query, side: entry.side })}
              aria-current={side === entry.side ? "page" : undefined}
              className={`${chipButton} aria-[current=page]:border-indigo-500 aria-[current=page]:bg-indigo-50 aria-[current=page]:text-indigo-700`}
            >
              {entry.label} · {formatCount(counts[entry.side])}
            </Link>
          ))}
        </nav>
      </div>
      {empty !== null ? (
        <p className="border-t border-slate-100 px-6 py-10 text-center text-sm text-slate-500">
          {cursor === undefined ? empty : "No more samples."}
        </p>
      ) : (
        children
      )}
      {cursor !== undefined || nextCursor !== null ? (
        <div className="flex justify-end gap-2 border-t border-slate-100 px-6 py-3">
          {cursor !== undefined ? (
            <Link href={buildCompareHref({ ...query, side })} className={secondaryButton}>
              First page
            </Link>
          ) : null}
          {nextCursor !== null ? (
            <Link href={buildCompareHref({ ...query, side, cursor: nextCursor })} className={secondaryButton}>
              Next page
            </Link>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
