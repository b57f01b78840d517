import { useId, type ReactNode } from "react";
import { card, cardTitle } from "./styles";

// "narrow" puts the title in a quarter of the width (the upload wizard's wide previews); "third" suits short forms.
const layouts = {
  third: { grid: "md:grid-cols-3", body: "md:col-span-2" },
  narrow: { grid: "lg:grid-cols-4", body: "lg:col-span-3" },
} as const;

/** One titled card of a form: a labelled region, so screen readers announce the section with its fields. */
export function FormSection({
  title,
  description,
  layout = "third",
  children,
}: {
  title: string;
  description: ReactNode;
  layout?: keyof typeof layouts;
  children: ReactNode;
}) {
  const id = useId();
  const { grid, body } = layouts[layout];
  return (
    <section aria-labelledby={id} className={`${card} grid gap-6 p-6 ${grid}`}>
      <div>
        <h2 id={id} className={cardTitle}>
          {title}
        </h2>
        <div className="mt-1 text-sm text-slate-600">{description}</div>
      </div>
      <div className={`min-w-0 space-y-5 ${body}`}>{children}</div>
    </section>
  );
}
