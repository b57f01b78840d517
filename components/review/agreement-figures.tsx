import { formatCount, formatPercent, formatScore } from "@/components/ui/format";
import { card, cardTitle } from "@/components/ui/styles";
import type { TQueueAgreement } from "@/lib/review/agreement";

/** Kappa between reviewers: Cohen's for exactly two, Fleiss' for any number, and the plain share that agrees. */
export function AgreementFigures({ agreement }: { agreement: TQueueAgreement }) {
  const cells = [
    { title: "Reviewers", value: formatCount(agreement.reviewers), note: "on items reviewed twice or more" },
    { title: "Items compared", value: formatCount(agreement.itemsCompared), note: "two or more decisions" },
    {
      title: "Observed agreement",
      value: agreement.observedAgreement === null ? "—" : formatPercent(agreement.observedAgreement),
      note: "all reviewers said the same",
    },
    {
      title: "Cohen's κ",
      value: formatScore(agreement.cohenKappa, 2),
      note: agreement.reviewers === 2 ? "two reviewers" : "needs exactly two reviewers",
    },
    { title: "Fleiss' κ", value: formatScore(agreement.fleissKappa, 2), note: "items with the asked reviews" },
  ];
  return (
    <section aria-labelledby="agreement-title" className={`${card} px-5 py-4`}>
      <h2 id="agreement-title" className={cardTitle}>
        Agreement between reviewers
      </h2>
      {agreement.itemsCompared === 0 ? (
        <p className="mt-1 text-sm text-slate-600">
          No item has two reviews yet: agreement (Cohen&apos;s and Fleiss&apos; kappa) needs a queue with two or more
          reviews per item.
        </p>
      ) : (
        <dl className="mt-4 grid gap-4 sm:grid-cols-3 lg:grid-cols-5">
          {cells.map((cell) => (
            <div key={cell.title}>
              <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{cell.title}</dt>
              <dd className="mt-1 text-xl font-semibold tabular-nums text-slate-900" data-testid={cell.title}>
                {cell.value}
              </dd>
              <dd className="text-xs text-slate-500">{cell.note}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
