import { useId, type ReactNode } from "react";
import { card, cardTitle } from "../styles";

/** One titled card of the upload form: a labelled region with its explanation on the left. */
export function Section({
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
    <section aria-labelledby={id} className={`${card} grid gap-6 p-6 lg:grid-cols-4`}>
      <div>
        <h2 id={id} className={cardTitle}>
          {title}
        </h2>
        <div className="mt-1 text-sm text-slate-600">{description}</div>
      </div>
      <div className="min-w-0 space-y-5 lg:col-span-3">{children}</div>
    </section>
  );
}
