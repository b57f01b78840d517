-- CreateTable
CREATE TABLE "RunSummary" (
    "runId" UUID NOT NULL,
    "generation" INTEGER NOT NULL,
    "outputs" INTEGER NOT NULL,
    "answered" INTEGER NOT NULL,
    "errors" INTEGER NOT NULL,
    "cells" JSONB NOT NULL,
    "tokenedAnswers" INTEGER NOT NULL,
    "promptTokens" DOUBLE PRECISION NOT NULL,
    "completionTokens" DOUBLE PRECISION NOT NULL,
    "cost" DOUBLE PRECISION,
    "latencyCalls" INTEGER NOT NULL,
    "latencyP50" DOUBLE PRECISION,
    "latencyP90" DOUBLE PRECISION,
    "latencyP95" DOUBLE PRECISION,
    "latencyP99" DOUBLE PRECISION,
    "presentBits" BYTEA NOT NULL,
    "correctBits" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RunSummary_pkey" PRIMARY KEY ("runId")
);

-- AddForeignKey
ALTER TABLE "RunSummary" ADD CONSTRAINT "RunSummary_runId_fkey" FOREIGN KEY ("runId") REFERENCES "Run"("id") ON DELETE CASCADE ON UPDATE CASCADE;
