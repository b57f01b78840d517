-- CreateTable
CREATE TABLE "FineTune" (
    "id" UUID NOT NULL,
    "datasetId" UUID NOT NULL,
    "providerEndpointId" UUID NOT NULL,
    "split" "Split" NOT NULL DEFAULT 'TRAIN',
    "validationShare" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "seed" INTEGER NOT NULL DEFAULT 1,
    "nEpochs" INTEGER,
    "learningRateMultiplier" DOUBLE PRECISION,
    "batchSize" INTEGER,
    "suffix" TEXT,
    "trainingPricePerM" DOUBLE PRECISION,
    "inputPricePerM" DOUBLE PRECISION,
    "outputPricePerM" DOUBLE PRECISION,
    "trainingRows" INTEGER NOT NULL,
    "validationRows" INTEGER NOT NULL,
    "trainingTokens" INTEGER NOT NULL,
    "estimatedCost" DOUBLE PRECISION,
    "runSettings" JSONB NOT NULL DEFAULT '[]',
    "trainingFileId" TEXT,
    "validationFileId" TEXT,
    "providerJobId" TEXT,
    "providerStatus" TEXT,
    "fineTunedModel" TEXT,
    "trainedTokens" INTEGER,
    "lastHeardAt" TIMESTAMP(3),
    "lastPollError" TEXT,
    "resultEndpointId" UUID,
    "runIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "status" "RunStatus" NOT NULL DEFAULT 'QUEUED',
    "total" INTEGER NOT NULL DEFAULT 1,
    "lastIndex" INTEGER NOT NULL DEFAULT 0,
    "generation" INTEGER NOT NULL DEFAULT 0,
    "queuePrefix" TEXT NOT NULL DEFAULT 'evalboard',
    "errorMessage" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "FineTune_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FineTuneEvent" (
    "id" SERIAL NOT NULL,
    "fineTuneId" UUID NOT NULL,
    "providerEventId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "level" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "step" INTEGER,
    "trainLoss" DOUBLE PRECISION,
    "validLoss" DOUBLE PRECISION,

    CONSTRAINT "FineTuneEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FineTuneOutcome" (
    "id" SERIAL NOT NULL,
    "fineTuneId" UUID NOT NULL,
    "sampleId" INTEGER NOT NULL,
    "outcome" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FineTuneOutcome_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LocalFineTuneFile" (
    "id" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LocalFineTuneFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LocalFineTuneJob" (
    "id" TEXT NOT NULL,
    "baseModel" TEXT NOT NULL,
    "trainingFileId" TEXT NOT NULL,
    "validationFileId" TEXT,
    "nEpochs" INTEGER NOT NULL,
    "batchSize" INTEGER NOT NULL,
    "learningRateMultiplier" DOUBLE PRECISION NOT NULL,
    "suffix" TEXT,
    "status" TEXT NOT NULL,
    "fineTunedModel" TEXT,
    "errorCode" TEXT,
    "errorMessage" TEXT,
    "trainedTokens" INTEGER,
    "events" JSONB NOT NULL DEFAULT '[]',
    "claimedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "LocalFineTuneJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FineTune_datasetId_createdAt_idx" ON "FineTune"("datasetId", "createdAt");

-- CreateIndex
CREATE INDEX "FineTune_status_idx" ON "FineTune"("status");

-- CreateIndex
CREATE INDEX "FineTuneEvent_fineTuneId_at_idx" ON "FineTuneEvent"("fineTuneId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "FineTuneEvent_fineTuneId_providerEventId_key" ON "FineTuneEvent"("fineTuneId", "providerEventId");

-- CreateIndex
CREATE INDEX "FineTuneOutcome_fineTuneId_createdAt_idx" ON "FineTuneOutcome"("fineTuneId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "FineTuneOutcome_fineTuneId_sampleId_key" ON "FineTuneOutcome"("fineTuneId", "sampleId");

-- AddForeignKey
ALTER TABLE "FineTuneEvent" ADD CONSTRAINT "FineTuneEvent_fineTuneId_fkey" FOREIGN KEY ("fineTuneId") REFERENCES "FineTune"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FineTuneOutcome" ADD CONSTRAINT "FineTuneOutcome_fineTuneId_fkey" FOREIGN KEY ("fineTuneId") REFERENCES "FineTune"("id") ON DELETE CASCADE ON UPDATE CASCADE;

