import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { AgreementTable } from "@/components/compare/agreement-table";
import { DisagreementTable } from "@/components/compare/disagreement-table";
import { NoCommonJudge } from "@/components/compare/no-common-judge";
import { RunPairPicker } from "@/components/compare/run-pair-picker";
import { ScoreDisagreementTable } from "@/components/compare/score-disagreement-table";
import { ScoreSummary } from "@/components/compare/score-summary";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { errorBox, primaryButton, textLink } from "@/components/ui/styles";
import { ApiError } from "@/lib/api/errors";
import { firstValues } from "@/lib/api/search-params";
import { findComparableRuns } from "@/lib/compare/runs";
import { REFERENCE_SIDE, ZCompareQuery, type TCompareQuery } from "@/lib/compare/schemas";
import { getComparison } from "@/lib/compare/view";
import { prisma } from "@/lib/db/prisma";
import { ComparePairwise } from "@/components/pairwise/compare-pairwise";
import { findPairwiseVerdicts } from "@/lib/pairwise/compare";
import { StartReviewButton } from "@/components/review/start-review-button";
import { loadReviewersForPage } from "@/lib/review/reviewers";

export const metadata: Metadata = { title: "Compare runs" };

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const description =
  "Two runs on the same samples, sample by sample, with a paired test of the difference (exact McNemar on correctness, Wilcoxon signed-rank on judge scores).";

type TNoJudge = { message: string; datasetId: string; judgeHref: string };

function readNoJudge(error: ApiError): TNoJudge | null {
  const details = error.details as { datasetId?: unknown; judgeHref?: unknown } | undefined;
  if (error.code !== "no_common_judge" || typeof details?.datasetId !== "string") return null;
  if (typeof details.judgeHref !== "string") return null;
  return { message: error.message, datasetId: details.datasetId, judgeHref: details.judgeHref };
}

async function loadComparison(query: TCompareQuery) {
  try {
    return { comparison: await getComparison(prisma, query), error: null, noJudge: null };
  } catch (error) {
    if (error instanceof ApiError && error.status < 500) {
      return { comparison: null, error: error.message, noJudge: readNoJudge(error) };
    }
    throw error;
  }
}

async function Picker({
  datasetId,
  query,
  reference,
}: {
  datasetId: string;
  query: TCompareQuery;
  reference: boolean;
}) {
  // "dataset" (the reference answers) is no run id: Postgres would refuse it as a uuid.
  const shown = [query.a, query.b].filter((id) => id !== REFERENCE_SIDE);
  const runs = await findComparableRuns(prisma, datasetId, shown);
  return <RunPairPicker runs={runs} a={query.a} b={query.b} datasetId={datasetId} offerReference={reference} />;
}

export default async function ComparePage({ searchParams }: TProps) {
  await connection();
  const { a, b, judge, side, cursor } = firstValues(await searchParams);
  const parsed = ZCompareQuery.safeParse({ a, b, judge, side, cursor });
  const header = <PageHeader title="Compare runs" description={description} />;
  if (!parsed.success) {
    return (
      <>
        {header}
        <EmptyState
          title="Pick two runs to compare"
          action={
            <Link href="/leaderboard" className={primaryButton}>
              Open the leaderboard
            </Link>
          }
        >
          On the leaderboard, “Compare” next to a model opens its run side by side with the best run of the dataset.
        </EmptyState>
      </>
    );
  }
  const query = parsed.data;
  const { comparison, error, noJudge } = await loadComparison(query);
  if (noJudge) {
    return (
      <>
        {header}
        <div className="space-y-6">
          <Picker datasetId={noJudge.datasetId} query={query} reference />
          <NoCommonJudge message={noJudge.message} judgeHref={noJudge.judgeHref} />
        </div>
      </>
    );
  }
  if (!comparison) {
    return (
      <>
        {header}
        <p className={errorBox} role="alert">
          {error}
        </p>
      </>
    );
  }
  const reviewers = await loadReviewersForPage(prisma);
  const pairwise = comparison.kind === "openQa" ? await findPairwiseVerdicts(prisma, query.a, query.b) : null;
  return (
    <>
      <PageHeader
        title="Compare runs"
        description={`${comparison.dataset.name}: ${description.charAt(0).toLowerCase()}${description.slice(1)}`}
        actions={
          <div className="flex flex-wrap items-center gap-4">
            <Link href={`/leaderboard?datasetId=${comparison.dataset.id}`} className={`text-sm ${textLink}`}>
              Back to the leaderboard
            </Link>
            {reviewers && query.b !== REFERENCE_SIDE ? (
              <StartReviewButton
                label="Review the disagreements"
                reviewers={reviewers}
                body={{ source: "runs-disagree", runId: query.a, secondRunId: query.b }}
              />
            ) : null}
          </div>
        }
      />
      <div className="space-y-6">
        <Picker datasetId={comparison.dataset.id} query={query} reference={comparison.kind === "openQa"} />
        {comparison.kind === "openQa" ? (
          <>
            {pairwise ? <ComparePairwise verdicts={pairwise} /> : null}
            <ScoreSummary comparison={comparison} />
            <ScoreDisagreementTable comparison={comparison} cursor={query.cursor} />
          </>
        ) : (
          <>
            <AgreementTable comparison={comparison} />
            <DisagreementTable comparison={comparison} cursor={query.cursor} />
          </>
        )}
      </div>
    </>
  );
}
