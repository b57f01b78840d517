import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Datasets" };

export default function Page() {
  return (
    <>
      <PageHeader
        title="Datasets"
        description="Labelled examples for classification, or questions with reference answers for open question answering."
      />
      <EmptyState title="No datasets yet">
        Datasets are CSV or JSONL files: one column with the input text and one with the expected label or reference
        answer.
      </EmptyState>
    </>
  );
}
