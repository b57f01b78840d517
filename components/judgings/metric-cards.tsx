import { card } from "@/components/ui/styles";
import { formatCount, formatPercent, formatUsd } from "@/components/ui/format";
import { formatMeanScore, formatScoreInterval } from "./format";
import type { TJudgingViewJson } from "./types";

function Card({ title, value, note }: { title: string; value: string; note: string }) {
  return (
    <div className={`${card} px-5 py-4`}>
      <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{title}</p>
      <p className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">{value}</p>
      <p className="mt-0.5 text-xs tabular-nums text-slate-500">{note}</p>
    </div>
  );
}

/** Mean grade with its interval, parse failures, API errors and cost: each counted apart. */
export function JudgingMetricCards({ judging }: { judging: TJudgingViewJson }) {
  const { metrics, totals } = judging;
  return (
    <section aria-label="Judging results" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      <Card
        title="Mean score"
        value={formatMeanScore(metrics.mean)}
        note={`${formatScoreInterval(metrics.mean)} · ${formatCount(metrics.parsed)} grades`}
      />
      <Card
        title="Parse failures"
        value={formatCount(metrics.parseFailures)}
        note={`${formatPercent(metrics.parseFailureRate.estimate)} of ${formatCount(metrics.judged)} replies; never counted as 0`}
      />
      <Card
        title="API errors"
        value={formatCount(metrics.errors)}
        note={
          totals.errorsByKind.length > 0
            ? totals.errorsByKind.map((row) => `${row.kind} ${row.count}`).join(", ")
            : "judge calls that failed after retries"
        }
      />
      <Card
        title="Judge cost"
        value={judging.progress.done === 0 ? "—" : formatUsd(totals.cost)}
        note={`${formatCount(totals.promptTokens + totals.completionTokens)} tokens · ${formatCount(totals.cachedJudgements)} from cache`}
      />
    </section>
  );
}
