import type { Metadata } from "next";
import { connection } from "next/server";
import { NewPairwiseForm } from "@/components/pairwise/new-pairwise-form";
import { PageHeader } from "@/components/ui/page-header";
import { prisma } from "@/lib/db/prisma";
import { findJudgingChoices } from "@/lib/judging/choices";

export const metadata: Metadata = { title: "Head to head" };

type TProps = { searchParams: Promise<{ datasetId?: string }> };

export default async function NewPairwisePage({ searchParams }: TProps) {
  await connection();
  const { datasetId } = await searchParams;
  const choices = await findJudgingChoices(prisma);
  return (
    <>
      <PageHeader
        title="Head to head"
        description="Compare the answers of two or more runs sample by sample. Each pair is judged in both orders; a verdict that changes with the order counts as a tie."
      />
      <NewPairwiseForm choices={choices} initialDatasetId={datasetId ?? choices.datasets[0]?.id ?? ""} />
    </>
  );
}
