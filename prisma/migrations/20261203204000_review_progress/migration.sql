-- CreateEnum
CREATE TYPE "ReviewItemVerdict" AS ENUM ('OPEN', 'AGREED', 'CONFLICT');

-- AlterTable
ALTER TABLE "ReviewItem" ADD COLUMN     "reviews" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "verdict" "ReviewItemVerdict" NOT NULL DEFAULT 'OPEN';

-- AlterTable
ALTER TABLE "ReviewQueue" ADD COLUMN     "conflictCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "decidedCount" INTEGER NOT NULL DEFAULT 0;


-- Backfill: every existing item's standing and every queue's counters from its decisions (lib/review/progress.ts,
-- rebuildProgress; judgeItem's rule of lib/review/active.ts).
UPDATE "ReviewItem" i SET reviews = s.reviews,
       verdict = (CASE WHEN s.says > 1 THEN 'CONFLICT' WHEN s.reviews >= q."reviewsPerItem" THEN 'AGREED'
                       ELSE 'OPEN' END)::"ReviewItemVerdict"
FROM "ReviewQueue" q, (
  SELECT d."queueId", d."itemId", count(*)::int AS reviews,
         count(DISTINCT d.kind || ':' || CASE WHEN d.kind IN ('RELABEL', 'ALIAS', 'PREFER') THEN coalesce(d.label, '')
                                              WHEN d.kind = 'GRADE' THEN coalesce(d.grade::text, '') ELSE '' END) AS says
  FROM "ReviewDecision" d
  WHERE d.kind NOT IN ('UNDO', 'NOTE')
    AND NOT EXISTS (SELECT 1 FROM "ReviewDecision" u WHERE u."queueId" = d."queueId" AND u.kind = 'UNDO'
                      AND u."undoesId" = d.id)
  GROUP BY 1, 2) s
WHERE q.id = s."queueId" AND i.id = s."itemId";

UPDATE "ReviewQueue" q SET "decidedCount" = c.decided, "conflictCount" = c.conflicts
FROM (SELECT "queueId", count(*) FILTER (WHERE verdict = 'AGREED')::int AS decided,
             count(*) FILTER (WHERE verdict = 'CONFLICT')::int AS conflicts
      FROM "ReviewItem" GROUP BY 1) c
WHERE q.id = c."queueId";
