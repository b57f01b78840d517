-- CreateEnum
CREATE TYPE "ClassifierFitStage" AS ENUM ('EMBEDDING', 'CROSS_VALIDATION', 'FINAL_FIT');

-- CreateTable
CREATE TABLE "RunClassifierFitProgress" (
    "runId" UUID NOT NULL,
    "generation" INTEGER NOT NULL,
    "stage" "ClassifierFitStage" NOT NULL,
    "done" INTEGER NOT NULL,
    "total" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RunClassifierFitProgress_pkey" PRIMARY KEY ("runId")
);

-- AddForeignKey
ALTER TABLE "RunClassifierFitProgress" ADD CONSTRAINT "RunClassifierFitProgress_runId_fkey" FOREIGN KEY ("runId") REFERENCES "Run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

