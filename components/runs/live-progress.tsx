import { card } from "@/components/endpoints/styles";
import { formatCount, formatEta, formatLatency, formatPercent, formatRate } from "@/components/ui/format";
import { computeProgress, formatErrorKind, formatRunCost, isActiveStatus } from "./format";
import { ProgressBar } from "./progress-bar";
import type { TRunViewJson } from "./types";

/** done/total, rate, ETA, cost so far and errors by kind. */
export function LiveProgress({ run }: { run: TRunViewJson }) {
  const { progress, totals } = run;
  const active = isActiveStatus(run.status);
  const stats = [
    // While running: the last 30 s; once over, the whole run's average (lib/jobs/progress.ts).
    { label: active ? "Rate" : "Average rate", value: formatRate(progress.ratePerSecond) },
    { label: "Time left", value: active ? formatEta(progress.etaSeconds) : "—" },
    { label: run.status === "COMPLETED" ? "Cost" : "Cost so far", value: formatRunCost(totals.cost, progress.done) },
    {
      label: "Latency p50 / p95",
      value: `${formatLatency(totals.latencyP50Ms)} / ${formatLatency(totals.latencyP95Ms)}`,
    },
    {
      label: "Tokens in / out",
      value: `${formatCount(totals.promptTokens)} / ${formatCount(totals.completionTokens)}`,
    },
    { label: "Cached answers", value: formatCount(totals.cachedAnswers) },
  ];

  return (
    <section aria-labelledby="progress-title" className={`${card} p-6`}>
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h2 id="progress-title" className="text-base font-semibold">
          Progress
        </h2>
        <p className="text-sm tabular-nums text-slate-600" data-testid="progress-count">
          <span className="text-lg font-semibold text-slate-900">{formatCount(progress.done)}</span> /{" "}
          {formatCount(progress.total)} samples
          <span className="ml-2 text-slate-500">
            ({formatPercent(computeProgress(progress.done, progress.total), 0)})
          </span>
        </p>
      </div>
      <div className="mt-3">
        <ProgressBar
          done={progress.done}
          total={progress.total}
          errors={progress.errors}
          label="Run progress"
          size="lg"
        />
      </div>
      <dl className="mt-5 grid grid-cols-2 gap-x-6 gap-y-4 sm:grid-cols-3 lg:grid-cols-6">
        {stats.map((stat) => (
          <div key={stat.label}>
            <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{stat.label}</dt>
            <dd className="mt-1 text-sm font-medium tabular-nums text-slate-900">{stat.value}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-5 border-t border-slate-100 pt-4">
        <h3 className="text-xs font-medium uppercase tracking-wide text-slate-500">
          Errors <span className="tabular-nums">({formatCount(progress.errors)})</span>
        </h3>
        {totals.errorsByKind.length === 0 ? (
          <p className="mt-1 text-sm text-slate-500">No failed calls.</p>
        ) : (
          <ul className="mt-2 flex flex-wrap gap-2" aria-label="Errors by kind">
            {totals.errorsByKind.map((entry) => (
              <li
                key={entry.kind}
                className="rounded-full bg-rose-50 px-2.5 py-0.5 text-xs font-medium text-rose-700 ring-1 ring-inset ring-rose-600/20"
              >
                {formatErrorKind(entry.kind)} <span className="tabular-nums">{formatCount(entry.count)}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
