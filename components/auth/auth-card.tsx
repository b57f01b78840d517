/** The centred card of the signed-out screens (sign-in, first-run setup). */
export function AuthCard({
  title,
  description,
  children,
}: {
  title: string;
  description: string;
  children: React.ReactNode;
}) {
  return (
    <div className="w-full max-w-sm">
      <div className="mb-6 flex items-center justify-center gap-2">
        <span aria-hidden className="grid size-8 place-items-center rounded-md bg-indigo-600 font-bold text-white">
          E
        </span>
        <span className="text-xl font-semibold tracking-tight">Evalboard</span>
      </div>
      <section className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-lg font-semibold text-slate-900">{title}</h1>
        <p className="mt-1 mb-5 text-sm text-slate-600">{description}</p>
        {children}
      </section>
    </div>
  );
}
