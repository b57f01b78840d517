import Link from "next/link";
import { formatCount } from "@/components/ui/format";
import { outputsHref, type TOutputLink, type TOutputView } from "@/lib/outputs/filters";
import type { TViewCounts } from "@/lib/outputs/query";

const TABS: { view: TOutputView; label: string; classificationOnly?: boolean }[] = [
  { view: "all", label: "All" },
  { view: "wrong", label: "Wrong", classificationOnly: true },
  { view: "mislabeled", label: "Wrong label", classificationOnly: true },
  { view: "invalid", label: "Invalid", classificationOnly: true },
  { view: "correct", label: "Correct", classificationOnly: true },
  { view: "errors", label: "Errors" },
];

/** The views as links (they keep the other filters): "wrong" includes invalid answers, as accuracy counts them. */
export function ViewTabs({
  runId,
  link,
  counts,
  classification,
}: {
  runId: string;
  link: TOutputLink;
  counts: TViewCounts;
  classification: boolean;
}) {
  const active = link.view ?? "all";
  return (
    <nav aria-label="Views" className="flex flex-wrap gap-1 border-b border-slate-200">
      {TABS.filter((tab) => classification || !tab.classificationOnly).map((tab) => {
        const current = tab.view === active;
        return (
          <Link
            key={tab.view}
            href={outputsHref(runId, { ...link, view: tab.view })}
            aria-current={current ? "page" : undefined}
            className={`-mb-px inline-flex items-center gap-2 border-b-2 px-3 py-2 text-sm font-medium ${
              current
                ? "border-indigo-600 text-indigo-700"
                : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900"
            }`}
          >
            {tab.label}
            <span
              className={`rounded-full px-2 py-0.5 text-xs tabular-nums ${current ? "bg-indigo-50" : "bg-slate-100"}`}
            >
              {formatCount(counts[tab.view])}
            </span>
          </Link>
        );
      })}
    </nav>
  );
}
