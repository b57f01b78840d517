import type { Metadata } from "next";
import { connection } from "next/server";
import { cache } from "react";
import { JudgingDetail } from "@/components/judgings/judging-detail";
import { JudgeGradesReview } from "@/components/review/judge-grades-review";
import { loadReviewersForPage } from "@/lib/review/reviewers";
import { toJudgingRow, toJudgingViewJson } from "@/components/judgings/types";
import { prisma } from "@/lib/db/prisma";
import { findRecord, requireRecord } from "@/lib/pages/records";
import { listJudgings } from "@/lib/judging/list";
import { getJudgingView } from "@/lib/judging/view";

type TProps = { params: Promise<{ id: string }> };

const findJudgingView = cache((id: string) => findRecord(id, (judgingId) => getJudgingView(prisma, judgingId)));

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const judging = await findJudgingView((await params).id);
  return { title: judging ? `${judging.label} judged by ${judging.judge.name}` : "Judging not found" };
}

export default async function JudgingPage({ params }: TProps) {
  await connection();
  const judging = requireRecord(await findJudgingView((await params).id));
  const rows = await listJudgings(prisma, { datasetId: judging.dataset.id });
  const reviewers = await loadReviewersForPage(prisma);
  return (
    <JudgingDetail
      initial={toJudgingViewJson(judging)}
      rows={rows.map(toJudgingRow)}
      reviewAction={reviewers ? <JudgeGradesReview judgingId={judging.id} reviewers={reviewers} /> : null}
    />
  );
}
