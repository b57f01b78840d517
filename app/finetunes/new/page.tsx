import type { Metadata } from "next";
import { connection } from "next/server";
import { NewFineTuneForm } from "@/components/finetune/new-finetune-form";
import { PageHeader } from "@/components/ui/page-header";
import { prisma } from "@/lib/db/prisma";
import { findFineTuneChoices } from "@/lib/finetune/choices";

export const metadata: Metadata = { title: "Fine-tune a model" };

type TProps = { searchParams: Promise<{ datasetId?: string }> };

export default async function NewFineTunePage({ searchParams }: TProps) {
  await connection();
  const { datasetId } = await searchParams;
  const choices = await findFineTuneChoices(prisma);
  const initial = choices.datasets.find((dataset) => dataset.id === datasetId) ?? choices.datasets[0];
  return (
    <>
      <PageHeader
        title="Fine-tune a model"
        description="Export a split as chat-format JSONL, see what training would cost, then fine-tune: the result is registered as an endpoint and evaluated like its base model."
      />
      <NewFineTuneForm choices={choices} initialDatasetId={initial?.id ?? ""} />
    </>
  );
}
