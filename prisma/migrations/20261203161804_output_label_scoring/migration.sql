-- AlterTable
ALTER TABLE "Output" ADD COLUMN     "labelScoring" TEXT;
