-- AlterTable
ALTER TABLE "Run" ADD COLUMN     "queuePrefix" TEXT NOT NULL DEFAULT 'evalboard';
