-- AlterTable
ALTER TABLE "Judging" ADD COLUMN     "humanScaleMax" INTEGER,
ADD COLUMN     "humanScaleMin" INTEGER;
