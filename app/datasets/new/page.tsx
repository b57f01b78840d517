import type { Metadata } from "next";
import Link from "next/link";
import { UploadWizard } from "@/components/datasets/upload/upload-wizard";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Upload a dataset" };

export default function NewDatasetPage() {
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href="/datasets" className="text-slate-500 hover:text-indigo-700">
          ← Datasets
        </Link>
      </nav>
      <PageHeader
        title="Upload a dataset"
        description="A CSV, TSV, JSON lines, JSON or Parquet file, or an OpenAI Evals or promptfoo test file: one column with the input text, one with the expected label or reference answer."
      />
      <UploadWizard />
    </>
  );
}
