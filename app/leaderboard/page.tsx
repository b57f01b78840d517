import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Leaderboard" };

export default function Page() {
  return (
    <>
      <PageHeader
        title="Leaderboard"
        description="Models ranked per dataset, with 95% intervals and paired tests so you know which differences are real."
      />
      <EmptyState title="Nothing to compare yet">
        Finished runs appear here, one row per model, with valid answers %, accuracy, macro-F1 and judge scores.
      </EmptyState>
    </>
  );
}
