export function TagPills({ tags }: { tags: string[] }) {
  if (tags.length === 0) return <span className="text-slate-500">—</span>;
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Tags">
      {tags.map((tag) => (
        <li
          key={tag}
          className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700 ring-1 ring-inset ring-slate-500/15"
        >
          {tag}
        </li>
      ))}
    </ul>
  );
}
