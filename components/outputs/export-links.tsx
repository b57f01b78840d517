import { buildOutputsSearch, type TOutputLink } from "@/lib/outputs/filters";

const linkClass =
  "inline-flex items-center gap-1.5 rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50";

/** Downloads of exactly what the filters select (every page, not just this one). */
export function ExportLinks({ runId, link }: { runId: string; link: TOutputLink }) {
  const search = buildOutputsSearch(link);
  const href = (format: "csv" | "jsonl") =>
    `/api/runs/${runId}/outputs/export${search ? `${search}&` : "?"}format=${format}`;
  return (
    <div className="flex items-center gap-2" role="group" aria-label="Export">
      <span className="text-xs font-medium uppercase tracking-wide text-slate-500">Export</span>
      <a href={href("csv")} download className={linkClass}>
        CSV
      </a>
      <a href={href("jsonl")} download className={linkClass}>
        JSONL
      </a>
    </div>
  );
}
