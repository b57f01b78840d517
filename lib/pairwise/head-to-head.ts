import { Prisma } from "@/lib/db/generated/client";
import type { TDb } from "@/lib/db/prisma";
import type { TStoredRatings } from "./ratings-store";
import { loadContestants } from "./view";

/**
 * The leaderboard's head-to-head section: the dataset's latest completed pairwise judging, read from what was
 * stored when it completed (ratings, win-rate matrix, per-pair results): no verdict is aggregated here.
 */
export async function getHeadToHead(db: TDb, datasetId: string) {
  const judging = await db.pairwiseJudging.findFirst({
    where: { datasetId, status: "COMPLETED", ratings: { not: Prisma.DbNull } },
    orderBy: { finishedAt: "desc" },
    select: {
      id: true,
      runIds: true,
      includeReference: true,
      judgeEndpointIds: true,
      pairs: true,
      schedule: true,
      baselineIndex: true,
      ratings: true,
      finishedAt: true,
    },
  });
  if (!judging) return null;
  const [contestants, judges] = await Promise.all([
    loadContestants(db, judging),
    db.modelEndpoint.findMany({ where: { id: { in: judging.judgeEndpointIds } }, select: { name: true } }),
  ]);
  const stored = judging.ratings as TStoredRatings;
  const pairs = (judging.pairs as [number, number][]).map(([first, second], pairIndex) => ({
    pairIndex,
    first,
    second,
    result: stored.pairResults?.find((result) => result.pairIndex === pairIndex) ?? null,
  }));
  return {
    id: judging.id,
    judges: judges.map((judge) => judge.name),
    schedule: judging.schedule,
    baselineIndex: judging.baselineIndex,
    contestants,
    pairs,
    ratings: stored,
  };
}

export type THeadToHead = NonNullable<Awaited<ReturnType<typeof getHeadToHead>>>;
