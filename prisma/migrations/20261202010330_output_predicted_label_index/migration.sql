-- CreateIndex
CREATE INDEX "Output_runId_parsedLabel_idx" ON "Output"("runId", "parsedLabel");
