import type { Metadata } from "next";
import { connection } from "next/server";
import { cache } from "react";
import { PairwiseDetail } from "@/components/pairwise/pairwise-detail";
import { toPairwiseViewJson } from "@/components/pairwise/types";
import { prisma } from "@/lib/db/prisma";
import { findRecord, requireRecord } from "@/lib/pages/records";
import { getPairwiseView } from "@/lib/pairwise/view";
import { loadReviewersForPage } from "@/lib/review/reviewers";

type TProps = { params: Promise<{ id: string }> };

const findView = cache((id: string) => findRecord(id, (pairwiseId) => getPairwiseView(prisma, pairwiseId)));

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const view = await findView((await params).id);
  return { title: view ? `Head to head: ${view.contestants.map((entry) => entry.label).join(" vs ")}` : "Not found" };
}

export default async function PairwisePage({ params }: TProps) {
  await connection();
  const view = requireRecord(await findView((await params).id));
  const endpoints = await prisma.modelEndpoint.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, model: true },
  });
  const reviewers = await loadReviewersForPage(prisma);
  return <PairwiseDetail initial={toPairwiseViewJson(view)} endpoints={endpoints} reviewers={reviewers} />;
}
