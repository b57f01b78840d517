-- CreateEnum
CREATE TYPE "VersionOrigin" AS ENUM ('UPLOAD', 'REVIEW');

-- CreateEnum
CREATE TYPE "ReviewDecisionKind" AS ENUM ('RELABEL', 'ALIAS', 'CONFIRM', 'EXCLUDE', 'GRADE', 'PREFER', 'NOTE', 'UNDO');

-- AlterTable
ALTER TABLE "Judging" ADD COLUMN     "datasetVersionId" UUID;

-- AlterTable
ALTER TABLE "Run" ADD COLUMN     "datasetVersionId" UUID;

-- CreateTable
CREATE TABLE "DatasetVersion" (
    "id" UUID NOT NULL,
    "datasetId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "contentHash" CHAR(64) NOT NULL,
    "origin" "VersionOrigin" NOT NULL DEFAULT 'UPLOAD',
    "parentId" UUID,
    "labels" TEXT[],
    "relabelledCount" INTEGER NOT NULL DEFAULT 0,
    "excludedCount" INTEGER NOT NULL DEFAULT 0,
    "aliasCount" INTEGER NOT NULL DEFAULT 0,
    "reviewQueueId" UUID,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DatasetVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SampleOverride" (
    "versionId" UUID NOT NULL,
    "sampleId" INTEGER NOT NULL,
    "expected" TEXT,
    "excluded" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "SampleOverride_pkey" PRIMARY KEY ("versionId","sampleId")
);

-- CreateTable
CREATE TABLE "AnswerAlias" (
    "versionId" UUID NOT NULL,
    "answer" TEXT NOT NULL,
    "label" TEXT NOT NULL,

    CONSTRAINT "AnswerAlias_pkey" PRIMARY KEY ("versionId","answer")
);

-- CreateTable
CREATE TABLE "RunVersionScore" (
    "runId" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "generation" INTEGER NOT NULL,
    "outputs" INTEGER NOT NULL,
    "answered" INTEGER NOT NULL,
    "errors" INTEGER NOT NULL,
    "excluded" INTEGER NOT NULL,
    "cells" JSONB NOT NULL,
    "aliasCells" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RunVersionScore_pkey" PRIMARY KEY ("runId","versionId")
);

-- CreateTable
CREATE TABLE "ReviewQueue" (
    "id" UUID NOT NULL,
    "datasetId" UUID NOT NULL,
    "versionId" UUID,
    "name" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "filter" JSONB NOT NULL,
    "runId" UUID,
    "secondRunId" UUID,
    "judgingId" UUID,
    "reviewsPerItem" INTEGER NOT NULL DEFAULT 1,
    "scaleMin" INTEGER,
    "scaleMax" INTEGER,
    "itemCount" INTEGER NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewQueue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewItem" (
    "id" SERIAL NOT NULL,
    "queueId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "sampleId" INTEGER NOT NULL,
    "outputId" INTEGER,
    "assigneeId" TEXT,

    CONSTRAINT "ReviewItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewDecision" (
    "id" SERIAL NOT NULL,
    "queueId" UUID NOT NULL,
    "itemId" INTEGER NOT NULL,
    "sampleId" INTEGER NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "kind" "ReviewDecisionKind" NOT NULL,
    "label" TEXT,
    "newLabel" BOOLEAN NOT NULL DEFAULT false,
    "grade" INTEGER,
    "note" TEXT,
    "undoesId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewDecision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DatasetVersion_datasetId_number_key" ON "DatasetVersion"("datasetId", "number");

-- CreateIndex
CREATE INDEX "SampleOverride_sampleId_idx" ON "SampleOverride"("sampleId");

-- CreateIndex
CREATE INDEX "RunVersionScore_versionId_idx" ON "RunVersionScore"("versionId");

-- CreateIndex
CREATE INDEX "ReviewQueue_datasetId_createdAt_idx" ON "ReviewQueue"("datasetId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewItem_queueId_position_key" ON "ReviewItem"("queueId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewItem_queueId_sampleId_key" ON "ReviewItem"("queueId", "sampleId");

-- CreateIndex
CREATE INDEX "ReviewDecision_itemId_createdAt_idx" ON "ReviewDecision"("itemId", "createdAt");

-- CreateIndex
CREATE INDEX "ReviewDecision_queueId_createdAt_idx" ON "ReviewDecision"("queueId", "createdAt");

-- AddForeignKey
ALTER TABLE "Run" ADD CONSTRAINT "Run_datasetVersionId_fkey" FOREIGN KEY ("datasetVersionId") REFERENCES "DatasetVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Judging" ADD CONSTRAINT "Judging_datasetVersionId_fkey" FOREIGN KEY ("datasetVersionId") REFERENCES "DatasetVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DatasetVersion" ADD CONSTRAINT "DatasetVersion_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SampleOverride" ADD CONSTRAINT "SampleOverride_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "DatasetVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SampleOverride" ADD CONSTRAINT "SampleOverride_sampleId_fkey" FOREIGN KEY ("sampleId") REFERENCES "Sample"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnswerAlias" ADD CONSTRAINT "AnswerAlias_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "DatasetVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunVersionScore" ADD CONSTRAINT "RunVersionScore_runId_fkey" FOREIGN KEY ("runId") REFERENCES "Run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunVersionScore" ADD CONSTRAINT "RunVersionScore_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "DatasetVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewQueue" ADD CONSTRAINT "ReviewQueue_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewItem" ADD CONSTRAINT "ReviewItem_queueId_fkey" FOREIGN KEY ("queueId") REFERENCES "ReviewQueue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewItem" ADD CONSTRAINT "ReviewItem_sampleId_fkey" FOREIGN KEY ("sampleId") REFERENCES "Sample"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewDecision" ADD CONSTRAINT "ReviewDecision_queueId_fkey" FOREIGN KEY ("queueId") REFERENCES "ReviewQueue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewDecision" ADD CONSTRAINT "ReviewDecision_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ReviewItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- ── Issue 15 by hand: the content hash, version 1 of every existing dataset, and the version runs and judgings
-- record when their creator leaves it out.

-- sha256 over what a version means: the file's digest, the label set, every kept sample's (index, split, expected
-- after corrections) in index order, and the aliases. Equal contents give equal hashes (a review that changed
-- nothing has its parent's hash). lib/versions/content-hash.ts calls it, so code and migration share one definition.
CREATE FUNCTION dataset_version_content_hash(version_id UUID) RETURNS CHAR(64) LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(
    d."sourceSha256" || E'\n' || array_to_string(v.labels, E'\x1f') || E'\n' ||
    coalesce((SELECT string_agg(s.index || E'\t' || s.split || E'\t' || coalesce(o.expected, s.expected), E'\n'
                                ORDER BY s.index)
              FROM "Sample" s LEFT JOIN "SampleOverride" o ON o."versionId" = v.id AND o."sampleId" = s.id
              WHERE s."datasetId" = v."datasetId" AND NOT coalesce(o.excluded, false)), '') || E'\n' ||
    coalesce((SELECT string_agg(a.answer || E'\t' || a.label, E'\n' ORDER BY a.answer COLLATE "C")
              FROM "AnswerAlias" a WHERE a."versionId" = v.id), ''),
    'UTF8')), 'hex')
  FROM "DatasetVersion" v JOIN "Dataset" d ON d.id = v."datasetId"
  WHERE v.id = version_id
$$;

INSERT INTO "DatasetVersion" (id, "datasetId", number, "contentHash", origin, labels, "createdAt")
SELECT gen_random_uuid(), d.id, 1, repeat('0', 64), 'UPLOAD', d.labels, d."createdAt" FROM "Dataset" d;
UPDATE "DatasetVersion" SET "contentHash" = dataset_version_content_hash(id);

UPDATE "Run" r SET "datasetVersionId" = v.id FROM "DatasetVersion" v WHERE v."datasetId" = r."datasetId";
UPDATE "Judging" j SET "datasetVersionId" = v.id FROM "DatasetVersion" v WHERE v."datasetId" = j."datasetId";

-- A run or judging created without a version (every creator written before versions existed) runs on the latest.
CREATE FUNCTION set_latest_dataset_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."datasetVersionId" IS NULL THEN
    SELECT v.id INTO NEW."datasetVersionId" FROM "DatasetVersion" v
    WHERE v."datasetId" = NEW."datasetId" ORDER BY v.number DESC LIMIT 1;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER "Run_latest_dataset_version" BEFORE INSERT ON "Run"
  FOR EACH ROW EXECUTE FUNCTION set_latest_dataset_version();
CREATE TRIGGER "Judging_latest_dataset_version" BEFORE INSERT ON "Judging"
  FOR EACH ROW EXECUTE FUNCTION set_latest_dataset_version();
