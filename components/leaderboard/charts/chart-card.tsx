import { card } from "@/components/ui/styles";

/** A titled card around one chart, with an optional note under it (what is left out and why). */
export function ChartCard({
  title,
  description,
  note,
  children,
}: {
  title: string;
  description: string;
  note?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <figure aria-label={title} className={`${card} flex min-w-0 flex-col p-5`}>
      <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
      <p className="mt-0.5 text-xs text-slate-500">{description}</p>
      <div className="mt-3 min-w-0 flex-1">{children}</div>
      {note ? <figcaption className="mt-2 text-xs text-slate-500">{note}</figcaption> : null}
    </figure>
  );
}

export function ChartLegend({ items }: { items: { label: string; color: string }[] }) {
  return (
    <ul className="mb-2 flex flex-wrap justify-end gap-x-4 gap-y-1 text-xs text-slate-600" aria-label="Legend">
      {items.map((item) => (
        <li key={item.label} className="flex items-center gap-1.5">
          <span aria-hidden className="size-3 rounded-sm" style={{ background: item.color }} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
