import Link from "next/link";
import type { TInterval } from "@/lib/metrics";
import { formatInterval } from "@/components/ui/format";

/** "76.0%" with its 95% interval "(66.8–83.3)" below in smaller, muted text; `href` drills down to the answers behind it. */
export function IntervalCell({
  interval,
  kind,
  href,
  hrefLabel,
}: {
  interval: TInterval;
  kind: "percent" | "score" | "grade";
  href?: string;
  hrefLabel?: string;
}) {
  const { value, range } = formatInterval(interval, kind);
  return (
    <td className="whitespace-nowrap px-2.5 py-3 text-right tabular-nums">
      {href ? (
        <Link
          href={href}
          title={hrefLabel}
          className="font-medium text-slate-900 hover:text-indigo-700 hover:underline"
        >
          {value}
        </Link>
      ) : (
        <span className="font-medium text-slate-900">{value}</span>
      )}
      {/* Under the value, so the nine-column board fits its card; the real space keeps the text (copied, read
          aloud) as "76.0% (66.8–83.3)". */}
      {range ? <span className="block text-xs text-slate-600"> ({range})</span> : null}
    </td>
  );
}
