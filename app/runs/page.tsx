import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { primaryButton } from "@/components/endpoints/styles";
import { RunsTable } from "@/components/runs/runs-table";
import { toRunRow } from "@/components/runs/types";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { prisma } from "@/lib/db/prisma";
import { listRuns } from "@/lib/runs/list";

export const metadata: Metadata = { title: "Runs" };

export default async function RunsPage() {
  await connection();
  const runs = await listRuns(prisma);
  const start = (
    <Link href="/runs/new" className={primaryButton}>
      Start a run
    </Link>
  );

  return (
    <>
      <PageHeader
        title="Runs"
        description="Each run sends one dataset split through one model and stores every answer."
        actions={runs.length > 0 ? start : undefined}
      />
      {runs.length === 0 ? (
        <EmptyState title="No runs yet" action={start}>
          Pick a dataset and one or more models: zero-shot or k-shot for classification, or open questions for an LLM
          judge to grade. Several models at once give you a comparison on the same samples.
        </EmptyState>
      ) : (
        <RunsTable initialRuns={runs.map(toRunRow)} />
      )}
    </>
  );
}
