import type { TQaSort } from "./qa-table-state";

/** A sortable column header of the open-QA tables; aria-sort tells assistive tech (and tests) the current order. */
export function QaSortHeader<K extends string>({
  label,
  sortKey,
  sort,
  onSort,
  align = "right",
  className = "",
  title,
}: {
  label: string;
  sortKey: K;
  sort: TQaSort<K>;
  onSort: (key: K) => void;
  align?: "left" | "right";
  className?: string;
  title?: string;
}) {
  const active = sort.key === sortKey;
  const ariaSort = active ? (sort.dir === "asc" ? "ascending" : "descending") : "none";
  return (
    <th
      scope="col"
      aria-sort={ariaSort}
      title={title}
      className={`whitespace-nowrap px-2.5 py-3 font-medium ${align === "right" ? "text-right" : ""} ${className}`}
    >
      <button
        type="button"
        onClick={() => onSort(sortKey)}
        className={`inline-flex items-center gap-1 uppercase tracking-wide hover:text-indigo-700 ${active ? "text-slate-900" : ""}`}
      >
        {label}
        <span aria-hidden className={active ? "text-indigo-600" : "text-slate-300"}>
          {active && sort.dir === "asc" ? "↑" : "↓"}
        </span>
      </button>
    </th>
  );
}
