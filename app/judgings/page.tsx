import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ScoresTable } from "@/components/judgings/scores-table";
import { toJudgingRow } from "@/components/judgings/types";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { primaryButton } from "@/components/ui/styles";
import { prisma } from "@/lib/db/prisma";
import { listJudgings } from "@/lib/judging/list";

export const metadata: Metadata = { title: "Judgings" };

export default async function JudgingsPage() {
  await connection();
  const judgings = await listJudgings(prisma);
  const start = (
    <Link href="/judgings/new" className={primaryButton}>
      Judge answers
    </Link>
  );
  return (
    <>
      <PageHeader
        title="Judgings"
        description="An LLM judge grades open-QA answers from 1 to 10: a model's run, or the dataset's reference answers as a baseline."
        actions={judgings.length > 0 ? start : undefined}
      />
      {judgings.length === 0 ? (
        <EmptyState title="No judgings yet" action={start}>
          Run a model on an open-QA dataset, then pick a judge model and a rubric to grade its answers. Grading the
          reference answers too gives the &quot;dataset&quot; row to compare against.
        </EmptyState>
      ) : (
        <ScoresTable rows={judgings.map(toJudgingRow)} />
      )}
    </>
  );
}
