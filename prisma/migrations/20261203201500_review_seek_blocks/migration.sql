-- CreateTable
CREATE TABLE "ReviewSeekBlock" (
    "queueId" UUID NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "block" INTEGER NOT NULL,
    "eligible" INTEGER NOT NULL,
    "decided" INTEGER NOT NULL,

    CONSTRAINT "ReviewSeekBlock_pkey" PRIMARY KEY ("queueId","reviewerId","block")
);

-- AddForeignKey
ALTER TABLE "ReviewSeekBlock" ADD CONSTRAINT "ReviewSeekBlock_queueId_fkey" FOREIGN KEY ("queueId") REFERENCES "ReviewQueue"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Backfill: the blocks of every existing queue from its decisions (lib/review/seek-blocks.ts, rebuildSeekBlocks).
INSERT INTO "ReviewSeekBlock" ("queueId", "reviewerId", "block", "eligible", "decided")
SELECT d."queueId", d."reviewerId", d.block,
       (SELECT count(*)::int FROM "ReviewItem" i
        WHERE i."queueId" = d."queueId" AND i.position >= d.block * 1024 AND i.position < (d.block + 1) * 1024
          AND (i."assigneeId" IS NULL OR i."assigneeId" = d."reviewerId")),
       d.decided
FROM (SELECT s."queueId", s."reviewerId", i.position / 1024 AS block, count(DISTINCT s."itemId")::int AS decided
      FROM "ReviewDecision" s JOIN "ReviewItem" i ON i.id = s."itemId"
      WHERE s.kind NOT IN ('UNDO', 'NOTE') AND (i."assigneeId" IS NULL OR i."assigneeId" = s."reviewerId")
        AND NOT EXISTS (SELECT 1 FROM "ReviewDecision" u WHERE u."itemId" = s."itemId" AND u.kind = 'UNDO'
                          AND u."undoesId" = s.id)
      GROUP BY 1, 2, 3) d;
