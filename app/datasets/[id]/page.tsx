import { StartReviewButton } from "@/components/review/start-review-button";
import { loadReviewersForPage } from "@/lib/review/reviewers";
import { prisma } from "@/lib/db/prisma";
import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { DatasetFacts } from "@/components/datasets/dataset-facts";
import { DatasetStats } from "@/components/datasets/dataset-stats";
import { DeleteDataset } from "@/components/datasets/delete-dataset";
import { formatRows } from "@/components/ui/format";
import { formatTask } from "@/components/datasets/format";
import { LabelChart } from "@/components/datasets/label-chart";
import { prepareLabelChart } from "@/components/datasets/label-distribution";
import { SampleFilters } from "@/components/datasets/sample-filters";
import { SamplePager } from "@/components/datasets/sample-pager";
import { SampleTable } from "@/components/datasets/sample-table";
import { card, cardTitle } from "@/components/datasets/styles";
import { WarningList } from "@/components/datasets/warning-list";
import { PageHeader } from "@/components/ui/page-header";
import { errorBox, secondaryButton } from "@/components/ui/styles";
import { describeSampleVersion } from "@/components/datasets/sample-version";
import { findDataset } from "@/lib/datasets/queries";
import { findSamples, readSampleQuery } from "@/lib/datasets/samples";
import { pickSampleVersion } from "@/lib/datasets/sample-version";
import { findRecord, requireRecord } from "@/lib/pages/records";
import { StartClassifierRun } from "@/components/embedding-classifier/start-classifier-run";
import { listEmbeddingEndpointOptions } from "@/lib/embedding-classifier/endpoint-options";
import { DatasetVersions } from "@/components/versions/dataset-versions";
import { listVersions, toVersionSummary } from "@/lib/versions/board";

type TProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const dataset = await findRecord((await params).id, findDataset);
  return { title: dataset ? dataset.name : "Dataset not found" };
}

export default async function DatasetPage({ params, searchParams }: TProps) {
  await connection();
  const dataset = requireRecord(await findRecord((await params).id, findDataset));
  const reviewers = await loadReviewersForPage(prisma);
  const read = readSampleQuery(await searchParams);
  const query = read.query;
  const versions = await listVersions(prisma, dataset.id);
  const picked = read.problem === null ? pickSampleVersion(versions, query.version) : null;
  const version = picked?.ok ? picked.version : null;
  const problem = read.problem ?? (picked && !picked.ok ? picked.problem : null);
  const page = version ? await findSamples(dataset.id, query, prisma, version) : null;
  const basePath = `/datasets/${dataset.id}`;
  const classification = dataset.task === "CLASSIFICATION";

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href="/datasets" className="text-slate-500 hover:text-indigo-700">
          ← Datasets
        </Link>
      </nav>
      <PageHeader
        title={dataset.name}
        description={`${formatTask(dataset.task)} · ${formatRows(dataset.rowCount)} from ${dataset.sourceFileName}`}
        actions={
          <Link href={`/finetunes/new?datasetId=${dataset.id}`} className={secondaryButton}>
            Export for fine-tuning
          </Link>
        }
      />
      <div className="space-y-6">
        <DatasetStats dataset={dataset} />
        {classification ? (
          <section aria-labelledby="label-distribution" className={`${card} p-6`}>
            <h2 id="label-distribution" className={cardTitle}>
              Label distribution
            </h2>
            <p className="mt-1 text-sm text-slate-600">Rows per label, train and test stacked.</p>
            <div className="mt-4">
              <LabelChart chart={prepareLabelChart(dataset.labelCounts)} title="Rows per label, train and test" />
            </div>
          </section>
        ) : null}
        {dataset.warnings.length > 0 ? (
          <section aria-labelledby="dataset-warnings" className={`${card} p-6`}>
            <h2 id="dataset-warnings" className={cardTitle}>
              Warnings
            </h2>
            <p className="mb-4 mt-1 text-sm text-slate-600">Found over the whole file when it was imported.</p>
            <WarningList warnings={dataset.warnings} />
            {reviewers && dataset.warnings.some((warning) => warning.kind === "conflicting_duplicates") ? (
              <div className="mt-4">
                <StartReviewButton
                  align="left"
                  reviewers={reviewers}
                  body={{ source: "dataset-conflicts", datasetId: dataset.id }}
                  label="Review the conflicting duplicates"
                />
              </div>
            ) : null}
          </section>
        ) : null}
        {classification ? (
          <StartClassifierRun datasetId={dataset.id} endpoints={await listEmbeddingEndpointOptions(prisma)} />
        ) : null}
        <DatasetFacts dataset={dataset} />
        <DatasetVersions
          datasetId={dataset.id}
          versions={versions.map(toVersionSummary)}
          classification={classification}
        />
        <section id="samples" aria-labelledby="samples-title" className={`${card} scroll-mt-6`}>
          <div className="space-y-4 p-6 pb-4">
            <div>
              <h2 id="samples-title" className={cardTitle}>
                Samples
              </h2>
              {version ? (
                <p className="mt-1 text-sm text-slate-600" data-testid="sample-version-counts">
                  {describeSampleVersion(version, dataset.rowCount)}
                </p>
              ) : null}
            </div>
            <SampleFilters
              basePath={basePath}
              query={query}
              labels={classification ? (version?.labels ?? dataset.labels) : []}
              versions={versions.map((v) => v.number)}
              version={version?.number ?? null}
            />
            {problem ? (
              <p role="alert" className={errorBox}>
                {problem}{" "}
                <Link href={`${basePath}#samples`} className="font-medium underline">
                  Show the latest version
                </Link>
              </p>
            ) : null}
          </div>
          {page ? (
            <>
              <div className="overflow-x-auto border-y border-slate-200">
                <SampleTable samples={page.samples} task={dataset.task} highlight={query.q} />
              </div>
              <div className="px-6 py-4">
                <SamplePager basePath={basePath} query={query} page={page} />
              </div>
            </>
          ) : null}
        </section>
        <section aria-labelledby="danger-zone" className={`${card} flex items-center justify-between gap-6 p-6`}>
          <div>
            <h2 id="danger-zone" className={cardTitle}>
              Delete
            </h2>
            <p className="mt-1 text-sm text-slate-600">Datasets are immutable: to change one, upload a new version.</p>
          </div>
          <DeleteDataset dataset={{ id: dataset.id, name: dataset.name, rowCount: dataset.rowCount }} />
        </section>
      </div>
    </>
  );
}
