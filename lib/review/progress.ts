import type { TDb } from "@/lib/db/prisma";
import type { ReviewItemVerdict } from "@/lib/db/generated/client";
import { findActiveDecisions, judgeItem } from "./active";

export type TItemStanding = { reviews: number; verdict: ReviewItemVerdict };

const VERDICT = { open: "OPEN", agreed: "AGREED", conflict: "CONFLICT" } as const;

/**
 * A queue's progress: items with enough agreeing reviews, and items whose reviewers disagree (judgeItem's rule in
 * lib/review/active.ts), from the two counters keepItemProgress keeps on the queue row, so reading it costs nothing
 * past the row itself.
 */
export const progressOf = (queue: { decidedCount: number; conflictCount: number }) => ({
  decided: queue.decidedCount,
  conflicts: queue.conflictCount,
});

/** The progress of a queue not already in hand (tests and the bench check the counters with it). */
export async function countProgress(db: TDb, queueId: string) {
  const queue = await db.reviewQueue.findUnique({
    where: { id: queueId },
    select: { decidedCount: true, conflictCount: true },
  });
  return queue ? progressOf(queue) : { decided: 0, conflicts: 0 };
}

/**
 * Locks the item's row for the rest of recordDecision's transaction and reads its stored standing. The row lock, not
 * the per-(item, reviewer) advisory lock, is what serialises two reviewers deciding one item at once: each then judges
 * the item from the other's committed decision, so the queue's counters see every change exactly once.
 */
export async function lockItemStanding(tx: TDb, itemId: number): Promise<TItemStanding> {
  const [row] = await tx.$queryRaw<TItemStanding[]>`
    SELECT reviews, verdict FROM "ReviewItem" WHERE id = ${itemId}::int FOR UPDATE`;
  if (!row) throw new Error(`review item ${itemId} vanished`);
  return row;
}

/**
 * After a decision on one item (under lockItemStanding's lock): the item judged again from its own decisions
 * (judgeItem's rule), stored, and the change of its state applied to the queue's decided and conflict counters.
 */
export async function keepItemProgress(
  tx: TDb,
  queue: { id: string; reviewsPerItem: number },
  itemId: number,
  before: TItemStanding,
): Promise<void> {
  const decisions = await tx.reviewDecision.findMany({ where: { itemId }, orderBy: { id: "asc" } });
  const verdict = judgeItem(findActiveDecisions(decisions), queue.reviewsPerItem);
  const after: TItemStanding = { reviews: verdict.reviews, verdict: VERDICT[verdict.state] };
  if (after.reviews === before.reviews && after.verdict === before.verdict) return;
  await tx.reviewItem.update({ where: { id: itemId }, data: after });
  const delta = (state: ReviewItemVerdict) => Number(after.verdict === state) - Number(before.verdict === state);
  const [decided, conflicts] = [delta("AGREED"), delta("CONFLICT")];
  if (decided === 0 && conflicts === 0) return;
  await tx.reviewQueue.update({
    where: { id: queue.id },
    data: { decidedCount: { increment: decided }, conflictCount: { increment: conflicts } },
  });
}

/**
 * The stored standing of every item of one queue, and its counters, recomputed from its decisions (judgeItem's rule in
 * SQL, the aggregate countProgress used to run on every item view): for decisions written in bulk (the bench), and
 * the check that keepItemProgress keeps them right. The migration that added the columns ran the same statements over
 * every queue.
 */
export async function rebuildProgress(db: TDb, queueId: string): Promise<void> {
  await db.$executeRaw`
    UPDATE "ReviewItem" SET reviews = 0, verdict = 'OPEN'
    WHERE "queueId" = ${queueId}::uuid AND (reviews <> 0 OR verdict <> 'OPEN')`;
  await db.$executeRaw`
    UPDATE "ReviewItem" i SET reviews = s.reviews,
           verdict = (CASE WHEN s.says > 1 THEN 'CONFLICT' WHEN s.reviews >= q."reviewsPerItem" THEN 'AGREED'
                           ELSE 'OPEN' END)::"ReviewItemVerdict"
    FROM "ReviewQueue" q, (
      SELECT d."itemId", count(*)::int AS reviews,
             count(DISTINCT d.kind || ':' || CASE WHEN d.kind IN ('RELABEL', 'ALIAS', 'PREFER') THEN coalesce(d.label, '')
                                                  WHEN d.kind = 'GRADE' THEN coalesce(d.grade::text, '') ELSE '' END) AS says
      FROM "ReviewDecision" d
      WHERE d."queueId" = ${queueId}::uuid AND d.kind NOT IN ('UNDO', 'NOTE')
        AND NOT EXISTS (SELECT 1 FROM "ReviewDecision" u WHERE u."queueId" = d."queueId" AND u.kind = 'UNDO'
                          AND u."undoesId" = d.id)
      GROUP BY 1) s
    WHERE q.id = ${queueId}::uuid AND i.id = s."itemId"`;
  await db.$executeRaw`
    UPDATE "ReviewQueue" q SET "decidedCount" = c.decided, "conflictCount" = c.conflicts
    FROM (SELECT count(*) FILTER (WHERE verdict = 'AGREED')::int AS decided,
                 count(*) FILTER (WHERE verdict = 'CONFLICT')::int AS conflicts
          FROM "ReviewItem" WHERE "queueId" = ${queueId}::uuid) c
    WHERE q.id = ${queueId}::uuid`;
}
