-- CreateTable
CREATE TABLE "PairwiseJudging" (
    "id" UUID NOT NULL,
    "datasetId" UUID NOT NULL,
    "split" "Split" NOT NULL,
    "runIds" UUID[],
    "includeReference" BOOLEAN NOT NULL DEFAULT false,
    "judgeEndpointIds" UUID[],
    "schedule" TEXT NOT NULL DEFAULT 'all',
    "baselineIndex" INTEGER,
    "pairs" JSONB NOT NULL,
    "rubric" TEXT NOT NULL,
    "referenceGuided" BOOLEAN NOT NULL DEFAULT false,
    "rejudgeOfId" UUID,
    "status" "RunStatus" NOT NULL DEFAULT 'QUEUED',
    "total" INTEGER NOT NULL,
    "lastIndex" INTEGER NOT NULL DEFAULT -1,
    "generation" INTEGER NOT NULL DEFAULT 0,
    "queuePrefix" TEXT NOT NULL DEFAULT 'evalboard',
    "errorMessage" TEXT,
    "ratings" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "PairwiseJudging_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PairwiseVerdict" (
    "id" SERIAL NOT NULL,
    "pairwiseJudgingId" UUID NOT NULL,
    "sampleId" INTEGER NOT NULL,
    "pairIndex" INTEGER NOT NULL,
    "judgeIndex" INTEGER NOT NULL,
    "swapped" BOOLEAN NOT NULL,
    "verdict" TEXT,
    "parseStatus" TEXT,
    "rationale" TEXT,
    "rawText" TEXT,
    "errorKind" TEXT,
    "errorMessage" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 1,
    "latencyMs" INTEGER,
    "promptTokens" INTEGER,
    "completionTokens" INTEGER,
    "cost" DOUBLE PRECISION,
    "cached" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PairwiseVerdict_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PairwiseJudging_datasetId_createdAt_idx" ON "PairwiseJudging"("datasetId", "createdAt");

-- CreateIndex
CREATE INDEX "PairwiseJudging_status_idx" ON "PairwiseJudging"("status");

-- CreateIndex
CREATE INDEX "PairwiseVerdict_sampleId_idx" ON "PairwiseVerdict"("sampleId");

-- CreateIndex
CREATE INDEX "PairwiseVerdict_pairwiseJudgingId_createdAt_idx" ON "PairwiseVerdict"("pairwiseJudgingId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PairwiseVerdict_pairwiseJudgingId_sampleId_pairIndex_judgeI_key" ON "PairwiseVerdict"("pairwiseJudgingId", "sampleId", "pairIndex", "judgeIndex", "swapped");

-- AddForeignKey
ALTER TABLE "PairwiseJudging" ADD CONSTRAINT "PairwiseJudging_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PairwiseVerdict" ADD CONSTRAINT "PairwiseVerdict_pairwiseJudgingId_fkey" FOREIGN KEY ("pairwiseJudgingId") REFERENCES "PairwiseJudging"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PairwiseVerdict" ADD CONSTRAINT "PairwiseVerdict_sampleId_fkey" FOREIGN KEY ("sampleId") REFERENCES "Sample"("id") ON DELETE CASCADE ON UPDATE CASCADE;

