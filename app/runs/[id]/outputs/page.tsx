import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ExportLinks } from "@/components/outputs/export-links";
import { FilterSummary } from "@/components/outputs/filter-summary";
import { OutputDetailPanel } from "@/components/outputs/output-detail-panel";
import { OutputFilters } from "@/components/outputs/output-filters";
import { loadOutputsPage } from "@/lib/outputs/outputs-page";
import { OutputsPager } from "@/components/outputs/outputs-pager";
import { OutputsTable } from "@/components/outputs/outputs-table";
import { RunBreadcrumb } from "@/components/outputs/run-breadcrumb";
import { ViewTabs } from "@/components/outputs/view-tabs";
import { StartReviewButton } from "@/components/review/start-review-button";
import { EmptyState } from "@/components/ui/empty-state";
import { card, errorBox, secondaryButton } from "@/components/ui/styles";
import { prisma } from "@/lib/db/prisma";
import { invalidGroupsHref, outputsHref, toFilterLink } from "@/lib/outputs/filters";
import { findRecord, requireRecord } from "@/lib/pages/records";
import { loadReviewersForPage } from "@/lib/review/reviewers";

type TProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { title: "Outputs" };

export default async function OutputsPage({ params, searchParams }: TProps) {
  await connection();
  const query = await searchParams;
  const state = requireRecord(await findRecord((await params).id, (id) => loadOutputsPage(prisma, id, query)));
  const { run, counts } = state;
  const reviewers = await loadReviewersForPage(prisma);
  const classification = run.task === "CLASSIFICATION";
  const link = state.kind === "ok" ? toFilterLink(state.filters) : {};
  const header = (
    <header className="flex flex-wrap items-end justify-between gap-4">
      <div className="min-w-0">
        <RunBreadcrumb run={run} current="Outputs" />
        <h1 className="mt-1 text-2xl font-semibold tracking-tight">Outputs</h1>
        <FilterSummary link={link} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        {classification && counts.invalid > 0 ? (
          <Link href={invalidGroupsHref(run.id)} className={secondaryButton}>
            Invalid answers, grouped
          </Link>
        ) : null}
        {reviewers && classification && state.kind === "ok" && state.total > 0 ? (
          <StartReviewButton
            reviewers={reviewers}
            body={{
              source: "run",
              runId: run.id,
              view: link.view ?? "all",
              expected: link.expected,
              predicted: link.predicted,
            }}
          />
        ) : null}
        <ExportLinks runId={run.id} link={link} />
      </div>
    </header>
  );
  const filters = (
    <OutputFilters
      runId={run.id}
      link={link}
      labels={classification ? run.labels : []}
      judgings={run.judgings}
      confidence={classification && run.withLogprobs}
    />
  );

  if (state.kind === "problem") {
    return (
      <div className="space-y-6">
        {header}
        <div className={`${card} space-y-4 p-5`}>
          {filters}
          <p role="alert" className={errorBox}>
            This link has a filter the page cannot apply: {state.message}{" "}
            <Link href={outputsHref(run.id)} className="font-medium underline">
              Show all outputs
            </Link>
          </p>
        </div>
      </div>
    );
  }
  const { page, total, detail } = state;
  const pageLink = { ...link, cursor: state.filters.cursor };
  const last = page.items.at(-1);

  return (
    <div className="space-y-5">
      {header}
      <ViewTabs runId={run.id} link={link} counts={counts} classification={classification} />
      <section aria-label="Outputs" className={card}>
        <div className="p-5">{filters}</div>
        {counts.all === 0 ? (
          <div className="px-5 pb-5">
            <EmptyState
              title="No answers yet"
              action={
                <Link href={`/runs/${run.id}`} className={secondaryButton}>
                  Back to the run
                </Link>
              }
            >
              This run has not written any output. Answers appear here as soon as the workers receive them; check the
              run&apos;s progress.
            </EmptyState>
          </div>
        ) : total === 0 ? (
          <div className="px-5 pb-5">
            <EmptyState
              title="No outputs match these filters"
              action={
                <Link href={outputsHref(run.id)} className={secondaryButton}>
                  Clear filters
                </Link>
              }
            >
              Widen the search, pick another view or label, or clear the filters to see all{" "}
              {counts.all.toLocaleString("en-US")} outputs of this run.
            </EmptyState>
          </div>
        ) : (
          <>
            <div className="overflow-x-auto border-y border-slate-200">
              <OutputsTable
                runId={run.id}
                items={page.items}
                link={pageLink}
                classification={classification}
                judged={state.judgingId !== null}
                confidence={classification && run.withLogprobs}
                selectedSampleId={state.filters.sample}
              />
            </div>
            <div className="px-5 py-4">
              <OutputsPager
                runId={run.id}
                link={link}
                shown={page.items.length}
                total={total}
                paged={state.filters.cursor !== undefined}
                nextCursor={page.nextCursor !== null && last ? last.sampleId : null}
              />
            </div>
          </>
        )}
      </section>
      {detail === "missing" ? (
        <p role="alert" className={errorBox}>
          This run has no output for sample {state.filters.sample}.
        </p>
      ) : detail ? (
        <OutputDetailPanel detail={detail} closeHref={outputsHref(run.id, pageLink)} />
      ) : null}
    </div>
  );
}
