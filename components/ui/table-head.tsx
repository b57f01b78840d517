import type { ReactNode } from "react";

export type TSortDir = "asc" | "desc";
export type TSort<K extends string> = { key: K; dir: TSortDir };

/**
 * One column header. `sortKey` makes it a button that sorts the table (the table passes `sort` and `onSort`);
 * `align: "right"` for numbers, so the header sits over its digits.
 */
export type TColumn<K extends string = string> = {
  key: string;
  label: ReactNode;
  className?: string;
  align?: "left" | "right";
  title?: string;
  sortKey?: K;
};

// "list": the app's list tables (grey band, first and last cells lined up with the card's padding); "dense": wide
// tables that need every pixel (the leaderboard, the outputs); "plain": small tables inside a card, no band.
const variants = {
  list: {
    head: "bg-slate-50 text-xs uppercase tracking-wide text-slate-600",
    cell: "px-4 py-3",
    first: "pl-5",
    last: "pr-5",
  },
  dense: {
    head: "bg-slate-50 text-xs uppercase tracking-wide text-slate-600",
    cell: "px-2.5 py-3",
    first: "pl-4",
    last: "pr-4",
  },
  plain: { head: "text-xs uppercase tracking-wide text-slate-600", cell: "px-2 py-2", first: "pl-0", last: "pr-0" },
} as const;

type TSortProps<K extends string> = { sort?: TSort<K>; onSort?: (key: K) => void };

/** The header row of every table in the app: one look, `scope="col"`, and aria-sort on sortable columns. */
export function TableHead<K extends string = string>({
  columns,
  variant = "list",
  edges = true,
  className = "",
  sort,
  onSort,
}: {
  columns: TColumn<K>[];
  variant?: keyof typeof variants;
  /** false when the body's cells all have the same padding (no wider first and last cell). */
  edges?: boolean;
  className?: string;
} & TSortProps<K>) {
  const style = variants[variant];
  return (
    <thead className={`${style.head} ${className}`.trim()}>
      <tr>
        {columns.map((column, index) => {
          const edge = !edges ? "" : index === 0 ? style.first : index === columns.length - 1 ? style.last : "";
          const align = column.align === "right" ? "text-right" : "";
          const sortable = column.sortKey !== undefined && sort !== undefined && onSort !== undefined;
          const active = sortable && sort.key === column.sortKey;
          const ariaSort = !sortable ? undefined : active ? (sort.dir === "asc" ? "ascending" : "descending") : "none";
          return (
            <th
              key={column.key}
              scope="col"
              aria-sort={ariaSort}
              title={column.title}
              className={`${style.cell} ${edge} ${align} font-medium ${column.className ?? ""}`
                .replace(/\s+/g, " ")
                .trim()}
            >
              {sortable ? (
                <SortButton active={active} dir={sort.dir} onClick={() => onSort(column.sortKey as K)}>
                  {column.label}
                </SortButton>
              ) : (
                column.label
              )}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}

function SortButton({
  active,
  dir,
  onClick,
  children,
}: {
  active: boolean;
  dir: "asc" | "desc";
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      onClick={onClick}
      className={`inline-flex items-center gap-1 whitespace-nowrap uppercase tracking-wide hover:text-indigo-700 ${active ? "text-slate-900" : ""}`}
    >
      {children}
      <span aria-hidden className={active ? "text-indigo-600" : "text-slate-500"}>
        {active && dir === "asc" ? "↑" : "↓"}
      </span>
    </button>
  );
}
