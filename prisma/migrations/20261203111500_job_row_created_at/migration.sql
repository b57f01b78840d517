-- The reconciler's stall check looks for a job's rows newer than RECONCILE_STALL_MS: an index probe, not a scan.
-- CreateIndex
CREATE INDEX "Output_runId_createdAt_idx" ON "Output"("runId", "createdAt");

-- CreateIndex
CREATE INDEX "Judgement_judgingId_createdAt_idx" ON "Judgement"("judgingId", "createdAt");
