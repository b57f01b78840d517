-- AlterTable
ALTER TABLE "Dataset" ADD COLUMN     "labelCounts" JSONB NOT NULL DEFAULT '[]';
