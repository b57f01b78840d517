import type { TDb } from "@/lib/db/prisma";

/**
 * A queue's progress as countProgress computed it before the counters were kept (judgeItem's rule in one aggregate
 * over every decision of the queue): the independent reference the tests and the bench hold the stored counters to.
 */
export async function aggregateProgress(db: TDb, queueId: string, reviewsPerItem: number) {
  const [row] = await db.$queryRaw<{ decided: number; conflicts: number }[]>`
    WITH standing AS (
      SELECT d."itemId", count(*) AS reviews,
             count(DISTINCT d.kind || ':' || CASE WHEN d.kind IN ('RELABEL', 'ALIAS', 'PREFER') THEN coalesce(d.label, '')
                                                  WHEN d.kind = 'GRADE' THEN coalesce(d.grade::text, '') ELSE '' END) AS says
      FROM "ReviewDecision" d
      WHERE d."queueId" = ${queueId}::uuid AND d.kind NOT IN ('UNDO', 'NOTE')
        AND NOT EXISTS (SELECT 1 FROM "ReviewDecision" u WHERE u."queueId" = d."queueId" AND u.kind = 'UNDO'
                          AND u."undoesId" = d.id)
      GROUP BY 1)
    SELECT count(*) FILTER (WHERE says = 1 AND reviews >= ${reviewsPerItem})::int AS decided,
           count(*) FILTER (WHERE says > 1)::int AS conflicts
    FROM standing`;
  return { decided: row?.decided ?? 0, conflicts: row?.conflicts ?? 0 };
}
