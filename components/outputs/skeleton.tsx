/** Grey blocks in the page's shape while the server renders it (app/runs/[id]/outputs|invalid/loading.tsx). */
export function DrilldownSkeleton({ title }: { title: string }) {
  return (
    <div aria-busy="true" aria-label={`Loading ${title}`} className="animate-pulse space-y-6">
      <div className="h-4 w-64 rounded bg-slate-200" />
      <div className="h-7 w-96 max-w-full rounded bg-slate-200" />
      <div className="flex gap-2">
        {Array.from({ length: 5 }, (_, i) => (
          <div key={i} className="h-8 w-24 rounded bg-slate-100" />
        ))}
      </div>
      <div className="rounded-xl border border-slate-200 bg-white">
        {Array.from({ length: 10 }, (_, i) => (
          <div key={i} className="flex gap-4 border-b border-slate-100 px-5 py-3.5 last:border-0">
            <div className="h-4 w-10 rounded bg-slate-100" />
            <div className="h-4 flex-1 rounded bg-slate-100" />
            <div className="h-4 w-28 rounded bg-slate-100" />
            <div className="h-4 w-40 rounded bg-slate-100" />
            <div className="h-4 w-16 rounded bg-slate-100" />
          </div>
        ))}
      </div>
      <span className="sr-only">Loading {title}…</span>
    </div>
  );
}
