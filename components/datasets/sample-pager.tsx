import Link from "next/link";
import type { TSamplePage, TSampleQuery } from "@/lib/datasets/samples";
import { secondaryButton } from "./styles";
import { formatCount } from "@/components/ui/format";

/** Links to the neighbouring pages; they keep the filters and move the cursor (a sample index). */
export function SamplePager({ basePath, query, page }: { basePath: string; query: TSampleQuery; page: TSamplePage }) {
  const href = (cursor: { cursor?: number; before?: number }) => {
    const params = new URLSearchParams();
    if (query.version !== undefined) params.set("version", String(query.version));
    if (query.changed) params.set("changed", "1");
    if (query.q !== undefined) params.set("q", query.q);
    if (query.split !== undefined) params.set("split", query.split);
    if (query.label !== undefined) params.set("label", query.label);
    if (cursor.cursor !== undefined) params.set("cursor", String(cursor.cursor));
    if (cursor.before !== undefined) params.set("before", String(cursor.before));
    return `${basePath}?${params.toString()}#samples`;
  };
  const first = page.samples[0];
  const last = page.samples[page.samples.length - 1];
  const disabled = `${secondaryButton} pointer-events-none opacity-50`;
  return (
    <nav aria-label="Sample pages" className="flex items-center justify-between gap-4 text-sm text-slate-600">
      <p>
        {first && last
          ? `Showing ${formatCount(page.samples.length)} rows, #${formatCount(first.index + 1)}–#${formatCount(last.index + 1)}`
          : "No rows match."}
      </p>
      <div className="flex gap-2">
        {page.prevCursor === null ? (
          <span className={disabled} aria-disabled="true">
            ← Previous
          </span>
        ) : (
          <Link className={secondaryButton} href={href({ before: page.prevCursor })} rel="prev">
            ← Previous
          </Link>
        )}
        {page.nextCursor === null ? (
          <span className={disabled} aria-disabled="true">
            Next →
          </span>
        ) : (
          <Link className={secondaryButton} href={href({ cursor: page.nextCursor })} rel="next">
            Next →
          </Link>
        )}
      </div>
    </nav>
  );
}
