-- DropIndex
DROP INDEX "Output_runId_valid_correct_idx";

-- CreateIndex
CREATE INDEX "Output_runId_valid_correct_errorKind_idx" ON "Output"("runId", "valid", "correct", "errorKind");
