import { card } from "@/components/endpoints/styles";
import { formatCount, formatLatency, formatPercent, formatScore, formatUsd, MISSING } from "@/components/ui/format";
import type { TClassifierFit } from "@/lib/embedding-classifier/view";

/** An embedding-classifier run's fit: what it was fitted on, the penalty cross-validation chose, what TRAIN cost. */
export function ClassifierFitSection({ fit }: { fit: TClassifierFit | null }) {
  return (
    <section aria-labelledby="classifier-title" className={`${card} p-6`}>
      <h2 id="classifier-title" className="text-base font-semibold">
        Logistic regression on the embeddings
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        Each sample&apos;s input is embedded as it is; a multinomial logistic regression fitted on the TRAIN split (its
        L2 penalty chosen by cross-validation on TRAIN only) labels each TEST sample, with its probability as the
        answer&apos;s confidence.
      </p>
      {fit === null ? (
        <p className="mt-4 text-sm text-slate-600">Not fitted yet: the workers embed TRAIN first.</p>
      ) : (
        <>
          <dl className="mt-4 grid grid-cols-2 gap-x-6 gap-y-3 sm:grid-cols-4">
            {[
              { label: "Fitted on", value: `${formatCount(fit.trainRows)} TRAIN rows` },
              { label: "Dimensions", value: formatCount(fit.dimensions) },
              { label: "L2 penalty", value: `${fit.l2} (${fit.folds}-fold CV)` },
              { label: "CV accuracy", value: formatPercent(fit.cvAccuracy) },
              {
                label: "TRAIN embeddings",
                value: `${fit.promptTokens === null ? MISSING : formatCount(fit.promptTokens)} tokens · ${formatUsd(fit.cost)}`,
              },
              { label: "From the cache", value: `${formatCount(fit.cachedTexts)} of ${formatCount(fit.trainRows)}` },
              { label: "Embedding time", value: formatLatency(fit.embedMs) },
              { label: "Fit time", value: formatLatency(fit.fitMs) },
            ].map((row) => (
              <div key={row.label}>
                <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{row.label}</dt>
                <dd className="mt-0.5 text-sm tabular-nums text-slate-900">{row.value}</dd>
              </div>
            ))}
          </dl>
          <table className="mt-5 w-full max-w-lg text-left text-sm">
            <caption className="mb-2 text-left text-xs font-medium uppercase tracking-wide text-slate-500">
              Cross-validation on TRAIN
            </caption>
            <thead className="text-xs text-slate-500">
              <tr>
                <th scope="col" className="py-1 pr-4 font-medium">
                  L2 penalty
                </th>
                <th scope="col" className="py-1 pr-4 text-right font-medium">
                  Held-out log-loss
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  Held-out accuracy
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 tabular-nums">
              {fit.candidates.map((candidate) => (
                <tr key={candidate.l2} className={candidate.l2 === fit.l2 ? "font-semibold text-indigo-800" : ""}>
                  <td className="py-1 pr-4">
                    {candidate.l2}
                    {candidate.l2 === fit.l2 ? " (chosen)" : ""}
                  </td>
                  <td className="py-1 pr-4 text-right">{formatScore(candidate.logLoss)}</td>
                  <td className="py-1 text-right">{formatPercent(candidate.accuracy)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
