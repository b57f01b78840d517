-- CreateIndex
CREATE INDEX "Judgement_sampleId_idx" ON "Judgement"("sampleId");

-- CreateIndex
CREATE INDEX "Output_sampleId_idx" ON "Output"("sampleId");
