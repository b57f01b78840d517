import type { TDb } from "@/lib/db/prisma";

/** Positions per ReviewSeekBlock row: a block not known to be full costs at most this many items to scan. */
export const SEEK_BLOCK = 1024;

/**
 * Keeps ReviewSeekBlock in step with one decision, inside recordDecision's transaction (after its per-(item,
 * reviewer) lock): +1 when the reviewer's first standing decision lands on an item dealt to them or to nobody, -1 when
 * their last one is undone. The upsert serialises two decisions of one block on its row.
 */
export async function countSeekBlock(
  tx: TDb,
  queueId: string,
  reviewerId: string,
  item: { position: number; assigneeId: string | null },
  delta: 1 | -1,
): Promise<void> {
  if (item.assigneeId !== null && item.assigneeId !== reviewerId) return;
  const block = Math.floor(item.position / SEEK_BLOCK);
  await tx.$executeRaw`
    INSERT INTO "ReviewSeekBlock" ("queueId", "reviewerId", block, eligible, decided)
    SELECT ${queueId}::uuid, ${reviewerId}, ${block}::int, count(*)::int, ${delta}::int FROM "ReviewItem" i
    WHERE i."queueId" = ${queueId}::uuid AND i.position >= ${block * SEEK_BLOCK}::int
      AND i.position < ${(block + 1) * SEEK_BLOCK}::int AND (i."assigneeId" IS NULL OR i."assigneeId" = ${reviewerId})
    ON CONFLICT ("queueId", "reviewerId", block) DO UPDATE SET decided = "ReviewSeekBlock".decided + ${delta}::int`;
}

/**
 * ReviewSeekBlock of one queue recomputed from its decisions (the rule of lib/review/active.ts in SQL): for decisions
 * written in bulk (the bench), and the check that countSeekBlock keeps the rows right. The migration that created the
 * table ran the same statement over every queue.
 */
export async function rebuildSeekBlocks(db: TDb, queueId: string): Promise<void> {
  await db.$executeRaw`DELETE FROM "ReviewSeekBlock" WHERE "queueId" = ${queueId}::uuid`;
  await db.$executeRaw`
    INSERT INTO "ReviewSeekBlock" ("queueId", "reviewerId", block, eligible, decided)
    SELECT d."queueId", d."reviewerId", d.block,
           (SELECT count(*)::int FROM "ReviewItem" i
            WHERE i."queueId" = d."queueId" AND i.position >= d.block * ${SEEK_BLOCK}::int
              AND i.position < (d.block + 1) * ${SEEK_BLOCK}::int
              AND (i."assigneeId" IS NULL OR i."assigneeId" = d."reviewerId")),
           d.decided
    FROM (SELECT s."queueId", s."reviewerId", i.position / ${SEEK_BLOCK}::int AS block, count(DISTINCT s."itemId")::int AS decided
          FROM "ReviewDecision" s JOIN "ReviewItem" i ON i.id = s."itemId"
          WHERE s."queueId" = ${queueId}::uuid AND s.kind NOT IN ('UNDO', 'NOTE')
            AND (i."assigneeId" IS NULL OR i."assigneeId" = s."reviewerId")
            AND NOT EXISTS (SELECT 1 FROM "ReviewDecision" u WHERE u."itemId" = s."itemId" AND u.kind = 'UNDO'
                              AND u."undoesId" = s.id)
          GROUP BY 1, 2, 3) d`;
}

/**
 * From `position` on, the first item dealt to the reviewer (or to nobody) without a standing decision of theirs
 * (notes aside); null when none is left. Full blocks are skipped by their ReviewSeekBlock rows (the leading run of
 * consecutive full blocks, counted); the first other block is walked on the (queueId, position) index, item by item.
 */
export async function seekOpenPosition(
  db: TDb,
  queue: { id: string; itemCount: number },
  position: number,
  reviewerId: string | null,
): Promise<number | null> {
  let from = position;
  while (from < queue.itemCount) {
    const first = Math.floor(from / SEEK_BLOCK);
    const [skip] = await db.$queryRaw<{ block: number }[]>`
      SELECT (${first}::int + count(*))::int AS block FROM (
        SELECT block, row_number() OVER (ORDER BY block) - 1 AS k FROM "ReviewSeekBlock"
        WHERE "queueId" = ${queue.id}::uuid AND "reviewerId" = ${reviewerId} AND block >= ${first}::int
          AND decided >= eligible) full_blocks
      WHERE block = ${first}::int + k`;
    const block = skip?.block ?? first;
    const start = Math.max(from, block * SEEK_BLOCK);
    const [row] = await db.$queryRaw<{ position: number }[]>`
      SELECT i.position FROM "ReviewItem" i
      WHERE i."queueId" = ${queue.id}::uuid AND i.position >= ${start}::int AND i.position < ${(block + 1) * SEEK_BLOCK}::int
        AND (i."assigneeId" IS NULL OR i."assigneeId" = ${reviewerId})
        AND NOT EXISTS (
          SELECT 1 FROM "ReviewDecision" d
          WHERE d."itemId" = i.id AND d."reviewerId" = ${reviewerId} AND d.kind NOT IN ('UNDO', 'NOTE')
            AND NOT EXISTS (SELECT 1 FROM "ReviewDecision" u WHERE u."itemId" = i.id AND u.kind = 'UNDO'
                              AND u."undoesId" = d.id))
      ORDER BY i.position LIMIT 1`;
    if (row) return row.position;
    from = (block + 1) * SEEK_BLOCK;
  }
  return null;
}
