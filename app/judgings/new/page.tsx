import type { Metadata } from "next";
import { connection } from "next/server";
import { NewJudgingForm } from "@/components/judgings/new-judging-form";
import { PageHeader } from "@/components/ui/page-header";
import { prisma } from "@/lib/db/prisma";
import { findJudgingChoices } from "@/lib/judging/choices";

export const metadata: Metadata = { title: "Judge answers" };

type TProps = { searchParams: Promise<{ runId?: string; datasetId?: string }> };

export default async function NewJudgingPage({ searchParams }: TProps) {
  await connection();
  const { runId, datasetId } = await searchParams;
  const choices = await findJudgingChoices(prisma);
  const preselectedRun = choices.runs.find((run) => run.id === runId);
  return (
    <>
      <PageHeader
        title="Judge answers"
        description="Pick the answers to grade and a judge model. The judge writes a short explanation, then a grade from 1 to 10."
      />
      <NewJudgingForm
        choices={choices}
        initialDatasetId={preselectedRun?.datasetId ?? datasetId ?? choices.datasets[0]?.id ?? ""}
        initialRunIds={preselectedRun ? [preselectedRun.id] : []}
      />
    </>
  );
}
