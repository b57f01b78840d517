import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { z } from "zod";
import { JudgingDetail } from "@/components/judgings/judging-detail";
import { toJudgingRow, toJudgingViewJson } from "@/components/judgings/types";
import { ApiError } from "@/lib/api/errors";
import { prisma } from "@/lib/db/prisma";
import { listJudgings } from "@/lib/judging/list";
import { getJudgingView } from "@/lib/judging/view";

type TProps = { params: Promise<{ id: string }> };

const findJudgingView = cache(async (id: string) => {
  if (!z.uuid().safeParse(id).success) return null;
  try {
    return await getJudgingView(prisma, id);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
});

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const judging = await findJudgingView((await params).id);
  return { title: judging ? `${judging.label} judged by ${judging.judge.name}` : "Judging not found" };
}

export default async function JudgingPage({ params }: TProps) {
  await connection();
  const judging = await findJudgingView((await params).id);
  if (!judging) notFound();
  const rows = await listJudgings(prisma, { datasetId: judging.dataset.id });
  return <JudgingDetail initial={toJudgingViewJson(judging)} rows={rows.map(toJudgingRow)} />;
}
