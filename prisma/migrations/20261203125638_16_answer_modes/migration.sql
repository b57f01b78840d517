-- Issue 16: answer modes, confidence per output, endpoint capabilities, run calibration.

-- AlterTable
ALTER TABLE "ModelEndpoint" ADD COLUMN     "capabilities" JSONB,
ADD COLUMN     "guidedChoiceField" TEXT NOT NULL DEFAULT 'guided_choice';

-- AlterTable
ALTER TABLE "Run" ADD COLUMN     "answerMode" TEXT NOT NULL DEFAULT 'FREE_TEXT',
ADD COLUMN     "withLogprobs" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Output" ADD COLUMN     "confidence" DOUBLE PRECISION;

-- AlterTable
ALTER TABLE "ResponseCache" ADD COLUMN     "logprobs" JSONB;

-- CreateTable
CREATE TABLE "RunCalibration" (
    "runId" UUID NOT NULL,
    "generation" INTEGER NOT NULL,
    "figures" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RunCalibration_pkey" PRIMARY KEY ("runId")
);

-- AddForeignKey
ALTER TABLE "RunCalibration" ADD CONSTRAINT "RunCalibration_runId_fkey" FOREIGN KEY ("runId") REFERENCES "Run"("id") ON DELETE CASCADE ON UPDATE CASCADE;
