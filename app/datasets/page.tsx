import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { DatasetTable } from "@/components/datasets/dataset-table";
import { primaryButton } from "@/components/datasets/styles";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { findDatasets } from "@/lib/datasets/queries";

export const metadata: Metadata = { title: "Datasets" };

export default async function DatasetsPage() {
  await connection();
  const datasets = await findDatasets();
  const upload = (
    <Link href="/datasets/new" className={primaryButton}>
      Upload a dataset
    </Link>
  );

  return (
    <>
      <PageHeader
        title="Datasets"
        description="Labelled examples for classification, or questions with reference answers for open question answering."
        actions={datasets.length > 0 ? upload : undefined}
      />
      {datasets.length === 0 ? (
        <EmptyState title="No datasets yet" action={upload}>
          Datasets are CSV, TSV, JSON lines or JSON files (optionally gzipped): one column with the input text and one
          with the expected label or reference answer.
        </EmptyState>
      ) : (
        <DatasetTable datasets={datasets} />
      )}
    </>
  );
}
