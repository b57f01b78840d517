import { ApiError } from "@/lib/api/errors";
import type { TDb } from "@/lib/db/prisma";

/** A judge common to both sides: one judging of each, same judge endpoint and same rubric. */
export type TCommonJudge = {
  endpointId: string;
  name: string;
  model: string;
  judgingA: string;
  judgingB: string;
  /** Both judgings finished: their scores will not change any more. */
  completed: boolean;
};

type TPairRow = TCommonJudge & { createdAt: Date };

/**
 * Every judge that graded both sides, one entry per judge endpoint, best pair first. For one endpoint (re-judgings,
 * other rubrics) the newest pair of judgings wins; a pair where both judgings completed is preferred over one still
 * in progress, so re-queueing a judge does not blank the page until it has graded something. `bRunId` null = the
 * reference judgings of the dataset.
 */
export async function findCommonJudges(
  db: TDb,
  sides: { datasetId: string; aRunId: string; bRunId: string | null },
): Promise<TCommonJudge[]> {
  const { datasetId, aRunId, bRunId } = sides;
  const rows = await db.$queryRaw<TPairRow[]>`
    SELECT ja."judgeEndpointId" AS "endpointId", e.name, e.model, ja.id AS "judgingA", jb.id AS "judgingB",
           (ja.status = 'COMPLETED' AND jb.status = 'COMPLETED') AS completed,
           greatest(ja."createdAt", jb."createdAt") AS "createdAt"
    FROM "Judging" ja
    JOIN "Judging" jb ON jb."judgeEndpointId" = ja."judgeEndpointId" AND jb.rubric = ja.rubric
      AND jb."datasetId" = ${datasetId}::uuid
      AND (CASE WHEN ${bRunId}::uuid IS NULL THEN jb."runId" IS NULL ELSE jb."runId" = ${bRunId}::uuid END)
    JOIN "ModelEndpoint" e ON e.id = ja."judgeEndpointId"
    WHERE ja."runId" = ${aRunId}::uuid
    ORDER BY completed DESC, greatest(ja."createdAt", jb."createdAt") DESC, ja.id DESC, jb.id DESC`;
  const byEndpoint = new Map<string, TCommonJudge>();
  for (const { createdAt: _createdAt, ...row } of rows) {
    if (!byEndpoint.has(row.endpointId)) byEndpoint.set(row.endpointId, row);
  }
  return [...byEndpoint.values()];
}

/** The requested judge, or the best common one; null when the sides share no judge. */
export function pickJudge(judges: TCommonJudge[], requested: string | undefined): TCommonJudge | null {
  if (requested === undefined) return judges[0] ?? null;
  const judge = judges.find((candidate) => candidate.endpointId === requested);
  if (judge) return judge;
  const others = judges.map((candidate) => `${candidate.name} (${candidate.endpointId})`).join(", ");
  throw new ApiError(
    422,
    "judge_not_common",
    `Judge ${requested} has not graded both sides with the same rubric; ${others ? `judges that have: ${others}` : "no judge has"}.`,
  );
}
