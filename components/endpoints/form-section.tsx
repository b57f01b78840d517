import { useId, type ReactNode } from "react";
import { card } from "./styles";

/** One titled card of the form: a labelled region, so screen readers announce the section with its fields. */
export function FormSection({
  title,
  description,
  children,
}: {
  title: string;
  description: ReactNode;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={`${card} grid gap-6 p-6 md:grid-cols-3`}>
      <div>
        <h2 id={id} className="text-base font-semibold text-slate-900">
          {title}
        </h2>
        <div className="mt-1 text-sm text-slate-600">{description}</div>
      </div>
      <div className="space-y-5 md:col-span-2">{children}</div>
    </section>
  );
}
