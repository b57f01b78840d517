import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Runs" };

export default function Page() {
  return (
    <>
      <PageHeader
        title="Runs"
        description="Each run sends one dataset split through one model and stores every answer."
      />
      <EmptyState title="No runs yet">
        Register a model and upload a dataset, then start a run: zero-shot or k-shot for classification, or open
        questions for an LLM judge to grade.
      </EmptyState>
    </>
  );
}
