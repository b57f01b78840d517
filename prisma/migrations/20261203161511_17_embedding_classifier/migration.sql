-- Issue 17: embedding-classifier runs (a logistic regression on an endpoint's embeddings, fitted on TRAIN).
-- AlterTable
ALTER TABLE "Run" ADD COLUMN     "method" TEXT NOT NULL DEFAULT 'GENERATE';

-- CreateTable
CREATE TABLE "RunClassifier" (
    "runId" UUID NOT NULL,
    "trainRows" INTEGER NOT NULL,
    "dimensions" INTEGER NOT NULL,
    "folds" INTEGER NOT NULL,
    "l2" DOUBLE PRECISION NOT NULL,
    "candidates" JSONB NOT NULL,
    "model" JSONB NOT NULL,
    "promptTokens" INTEGER,
    "cost" DOUBLE PRECISION,
    "cachedTexts" INTEGER NOT NULL,
    "embedMs" INTEGER NOT NULL,
    "fitMs" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RunClassifier_pkey" PRIMARY KEY ("runId")
);

-- AddForeignKey
ALTER TABLE "RunClassifier" ADD CONSTRAINT "RunClassifier_runId_fkey" FOREIGN KEY ("runId") REFERENCES "Run"("id") ON DELETE CASCADE ON UPDATE CASCADE;
