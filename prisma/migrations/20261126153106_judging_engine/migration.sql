-- AlterTable
ALTER TABLE "Judging" ADD COLUMN     "generation" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "humanScoreField" TEXT,
ADD COLUMN     "lastIndex" INTEGER NOT NULL DEFAULT -1,
ADD COLUMN     "queuePrefix" TEXT NOT NULL DEFAULT 'evalboard',
ADD COLUMN     "split" "Split";

-- CreateIndex
CREATE INDEX "Judging_runId_idx" ON "Judging"("runId");

-- CreateIndex
CREATE INDEX "Judging_status_idx" ON "Judging"("status");
