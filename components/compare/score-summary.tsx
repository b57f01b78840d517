import Link from "next/link";
import { formatCount, formatPValue, formatScore } from "@/components/ui/format";
import { card, chipButton, textLink } from "@/components/ui/styles";
import type { TOpenQaComparison } from "@/lib/compare/open-qa";
import { buildCompareHref, describeScoreVerdict, formatSignedInterval } from "./compare-format";
import { describeSideB } from "./side-names";

function Stat({ label, value, testId }: { label: string; value: React.ReactNode; testId?: string }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="font-medium tabular-nums" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

/** The judges both sides share; the chosen one is marked, the others are one click away. */
function JudgePicker({ comparison }: { comparison: TOpenQaComparison }) {
  const { a, b, judges, judge } = comparison;
  return (
    <nav className="flex flex-wrap items-center gap-2 text-sm" aria-label="Judge">
      <span className="text-xs text-slate-500">Judge</span>
      {judges.map((entry) => (
        <Link
          key={entry.endpointId}
          href={buildCompareHref({ a: a.id, b: b?.id ?? "dataset", judge: entry.endpointId })}
          aria-current={entry.endpointId === judge.endpointId ? "page" : undefined}
          className={`${chipButton} aria-[current=page]:border-indigo-500 aria-[current=page]:bg-indigo-50 aria-[current=page]:text-indigo-700`}
        >
          {entry.name}
          {entry.completed ? "" : " · in progress"}
        </Link>
      ))}
    </nav>
  );
}

/** Mean judge scores on the pairs both sides have, the paired tests, and what was left out and why. */
export function ScoreSummary({ comparison }: { comparison: TOpenQaComparison }) {
  const { a, b, scores } = comparison;
  const names = { a: a.endpoint.name, b: describeSideB(b) };
  const href = (side: "onlyA" | "onlyB") =>
    buildCompareHref({ a: a.id, b: b?.id ?? "dataset", judge: comparison.judge.endpointId, side });
  const sideLink = (side: "onlyA" | "onlyB", count: number) =>
    count === 0 ? (
      formatCount(count)
    ) : (
      <Link href={href(side)} className={textLink}>
        {formatCount(count)}
      </Link>
    );
  const left = scores.errored + scores.unparseable + scores.oneSided;
  return (
    <section aria-labelledby="scores-title" className={`${card} p-6`}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h2 id="scores-title" className="text-base font-semibold">
          Paired test on judge scores
        </h2>
        <JudgePicker comparison={comparison} />
      </div>
      <p className="mt-1 text-sm text-slate-800" data-testid="verdict">
        {describeScoreVerdict(scores, names)}
      </p>
      <dl className="mt-4 grid grid-cols-2 gap-x-6 gap-y-3 text-sm sm:grid-cols-4 lg:grid-cols-8">
        <Stat label="Scored pairs" value={formatCount(scores.pairs)} testId="pairs" />
        <Stat label="Mean score A" value={formatScore(scores.meanA, 2)} testId="mean-a" />
        <Stat label="Mean score B" value={formatScore(scores.meanB, 2)} testId="mean-b" />
        <Stat
          label="A − B (95% CI)"
          value={
            <>
              {formatScore(scores.difference.estimate, 2)}{" "}
              <span className="text-xs font-normal text-slate-500">
                {formatSignedInterval(scores.difference.low, scores.difference.high)}
              </span>
            </>
          }
          testId="difference"
        />
        <Stat label="Wilcoxon p" value={formatPValue(scores.pValue, { bare: true })} testId="p-value" />
        <Stat label="A higher" value={sideLink("onlyA", scores.aBetter)} testId="a-better" />
        <Stat label="Tie" value={formatCount(scores.ties)} testId="ties" />
        <Stat label="B higher" value={sideLink("onlyB", scores.bBetter)} testId="b-better" />
      </dl>
      {left > 0 ? (
        <p className="mt-4 rounded-lg bg-slate-50 px-4 py-2.5 text-xs text-slate-600" data-testid="left-out">
          Left out of the test: {formatCount(scores.unparseable)} with an unparseable rating,{" "}
          {formatCount(scores.errored)} where a judge call failed, and {formatCount(scores.oneSided)} graded on one side
          only.
        </p>
      ) : null}
      <p className="mt-4 text-xs leading-relaxed text-slate-500">
        Pairs are the samples the judge scored on both sides. The two-sided Wilcoxon signed-rank test asks whether the
        differences lean one way more than chance would; the interval is a seeded paired bootstrap of the mean
        difference. An unparseable rating is never counted as 0: its pair is left out.
      </p>
    </section>
  );
}
