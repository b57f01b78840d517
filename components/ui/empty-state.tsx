export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children: React.ReactNode;
  action?: React.ReactNode;
}) {
  return (
    <section className="rounded-xl border border-dashed border-slate-300 bg-white px-8 py-14 text-center">
      <h2 className="text-base font-semibold">{title}</h2>
      <div className="mx-auto mt-2 max-w-lg text-sm text-slate-600">{children}</div>
      {action ? <div className="mt-6 flex justify-center">{action}</div> : null}
    </section>
  );
}
