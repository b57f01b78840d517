import Link from "next/link";
import { card } from "@/components/endpoints/styles";
import { outputsHref, type TOutputLink } from "@/lib/outputs/filters";
import { ConfusionMatrix } from "./confusion-matrix";
import { prepareMetricCards } from "./metric-cards";
import { PerClassTable } from "./per-class-table";
import type { TRunViewJson } from "./types";

/** The answers behind each headline number (cost, latency and macro-F1 have no single set of rows). */
const drillDowns: Record<string, TOutputLink> = {
  "Valid answers": { view: "invalid" },
  "Valid accuracy": { view: "mislabeled" },
  Accuracy: { view: "wrong" },
  Answered: {},
  Errors: { view: "errors" },
};

/** Headline metrics with 95% intervals, per-class scores and the confusion matrix; all live while the run runs. */
export function ClassificationResults({ run }: { run: TRunViewJson }) {
  const cards = prepareMetricCards(run);
  return (
    <>
      <section aria-labelledby="metrics-title">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="metrics-title" className="text-base font-semibold">
            Metrics
          </h2>
          <p className="text-xs text-slate-500">
            Ranges are 95% intervals: Wilson for proportions, bootstrap for macro-F1.
          </p>
        </div>
        <dl className="mt-3 grid grid-cols-2 gap-4 lg:grid-cols-4">
          {cards.map((metric) => (
            <div key={metric.label} className={`${card} px-5 py-4`} title={metric.hint}>
              <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{metric.label}</dt>
              <dd className="mt-1">
                {drillDowns[metric.label] ? (
                  <Link
                    href={outputsHref(run.id, drillDowns[metric.label])}
                    className="text-2xl font-semibold tabular-nums text-slate-900 hover:text-indigo-700 hover:underline"
                  >
                    {metric.value}
                  </Link>
                ) : (
                  <span className="text-2xl font-semibold tabular-nums text-slate-900">{metric.value}</span>
                )}
                <span className="mt-0.5 block min-h-4 text-xs tabular-nums text-slate-500">{metric.range ?? ""}</span>
              </dd>
            </div>
          ))}
        </dl>
      </section>
      {run.metrics && run.metrics.answered > 0 ? (
        <>
          <PerClassTable perClass={run.metrics.perClass} runId={run.id} />
          <ConfusionMatrix confusion={run.metrics.confusion} runId={run.id} />
        </>
      ) : null}
    </>
  );
}
