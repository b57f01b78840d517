import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { cache } from "react";
import { FineTuneDetail } from "@/components/finetune/finetune-detail";
import { PageHeader } from "@/components/ui/page-header";
import { prisma } from "@/lib/db/prisma";
import { getFineTuneView } from "@/lib/finetune/view";
import { findRecord, requireRecord } from "@/lib/pages/records";

type TProps = { params: Promise<{ id: string }> };

const findView = cache((id: string) => findRecord(id, (fineTuneId) => getFineTuneView(prisma, fineTuneId)));

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const view = await findView((await params).id);
  return { title: view ? `Fine-tune of ${view.provider.model}` : "Fine-tune not found" };
}

export default async function FineTunePage({ params }: TProps) {
  await connection();
  const view = requireRecord(await findView((await params).id));
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href="/finetunes" className="text-slate-500 hover:text-indigo-700">
          ← Fine-tunes
        </Link>
      </nav>
      <PageHeader
        title={`Fine-tune of ${view.provider.name}`}
        description={`${view.dataset.name}, ${view.split} split · base model ${view.provider.model}`}
      />
      <FineTuneDetail initial={view} />
    </>
  );
}
