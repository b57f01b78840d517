import { ApiError } from "@/lib/api/errors";
import type { TDb } from "@/lib/db/prisma";
import { computeJudgeAgreement, type TJudgeAgreement } from "@/lib/metrics";
import { findActiveDecisions } from "./active";
import { findQueueOr404 } from "./find-queue";

export type TQueueCalibration = TJudgeAgreement & {
  judgingId: string;
  humanScale: { min: number; max: number };
  /** Items with a human grade given in the app (several reviewers: their mean, rounded). */
  graded: number;
};

/**
 * Judge calibration from grades given in the app: the queue's judging against its reviewers' GRADE decisions, with
 * the same statistics as a human-graded upload (lib/judging/calibration.ts: Spearman, exact and adjacent agreement,
 * Cohen's kappa after mapping 1-10 onto the human scale). No file needed.
 */
export async function getQueueCalibration(db: TDb, queueId: string): Promise<TQueueCalibration> {
  const queue = await findQueueOr404(db, queueId);
  if (!queue.judgingId || queue.scaleMin === null || queue.scaleMax === null) {
    throw new ApiError(422, "not_a_grading_queue", "Only a queue of judge grades calibrates a judge.");
  }
  const decisions = await db.reviewDecision.findMany({ where: { queueId, kind: { in: ["GRADE", "UNDO"] } } });
  const grades = new Map<number, number[]>();
  for (const d of findActiveDecisions(decisions)) {
    if (d.grade !== null) grades.set(d.sampleId, [...(grades.get(d.sampleId) ?? []), d.grade]);
  }
  const judgements = await db.judgement.findMany({
    where: { judgingId: queue.judgingId, sampleId: { in: [...grades.keys()] } },
    select: { sampleId: true, score: true },
  });
  const pairs = judgements.map((j) => {
    const given = grades.get(j.sampleId) ?? [];
    return { judge: j.score, human: Math.round(given.reduce((sum, g) => sum + g, 0) / given.length) };
  });
  const humanScale = { min: queue.scaleMin, max: queue.scaleMax };
  return { judgingId: queue.judgingId, humanScale, graded: pairs.length, ...computeJudgeAgreement(pairs, humanScale) };
}
