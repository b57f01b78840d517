import { v7 as uuidv7 } from "uuid";
import { ApiError } from "@/lib/api/errors";
import type { TDb } from "@/lib/db/prisma";
import { computeContentHash } from "./content-hash";

export type TVersionChange = {
  /** Label corrections: sample id → the new expected label. */
  relabel: ReadonlyMap<number, string>;
  /** Samples left out of the new version. */
  exclude: ReadonlySet<number>;
  /** Normalised answer text (lower(btrim(raw))) → label. */
  aliases: ReadonlyMap<string, string>;
};

/** Version 1 of a dataset (its samples as uploaded); does nothing when the dataset already has versions. */
export async function ensureFirstVersion(db: TDb, datasetId: string): Promise<string> {
  const existing = await db.datasetVersion.findFirst({
    where: { datasetId, number: 1 },
    select: { id: true },
  });
  if (existing) return existing.id;
  const dataset = await db.dataset.findUnique({ where: { id: datasetId }, select: { id: true } });
  if (!dataset) throw new ApiError(404, "dataset_not_found", `Dataset ${datasetId} does not exist.`);
  const id = uuidv7();
  // ON CONFLICT: two readers ensuring at once create one version.
  await db.$executeRaw`
    INSERT INTO "DatasetVersion" (id, "datasetId", number, "contentHash", origin, labels)
    SELECT ${id}::uuid, d.id, 1, repeat('0', 64), 'UPLOAD', d.labels FROM "Dataset" d WHERE d.id = ${datasetId}::uuid
    ON CONFLICT ("datasetId", number) DO NOTHING`;
  const first = await db.datasetVersion.findFirstOrThrow({ where: { datasetId, number: 1 }, select: { id: true } });
  if (first.id === id) {
    await db.datasetVersion.update({ where: { id }, data: { contentHash: await computeContentHash(db, id) } });
    // Runs and judgings made before the dataset had a version ran on its samples as uploaded.
    await db.run.updateMany({ where: { datasetId, datasetVersionId: null }, data: { datasetVersionId: id } });
    await db.judging.updateMany({ where: { datasetId, datasetVersionId: null }, data: { datasetVersionId: id } });
  }
  return first.id;
}

/**
 * A new version on top of `parentId`: the parent's overrides and aliases carried over, then the change applied.
 * Must run inside a transaction (the caller's); the dataset's row is locked so two accepts number their versions
 * one after the other.
 */
export async function createVersion(
  db: TDb,
  input: {
    datasetId: string;
    parentId: string;
    change: TVersionChange;
    labels: readonly string[];
    reviewQueueId?: string | null;
    createdById?: string | null;
    /** REVIEW (a review queue accepted; the default) or UPLOAD (a corrected file re-uploaded). */
    origin?: "REVIEW" | "UPLOAD";
  },
): Promise<{ id: string; number: number; contentHash: string }> {
  await db.$queryRaw`SELECT 1 FROM "Dataset" WHERE id = ${input.datasetId}::uuid FOR UPDATE`;
  const [{ next } = { next: 1 }] = await db.$queryRaw<{ next: number }[]>`
    SELECT coalesce(max(number), 0)::int + 1 AS next FROM "DatasetVersion" WHERE "datasetId" = ${input.datasetId}::uuid`;
  const id = uuidv7();
  await db.datasetVersion.create({
    data: {
      id,
      datasetId: input.datasetId,
      number: next,
      contentHash: "0".repeat(64),
      origin: input.origin ?? "REVIEW",
      parentId: input.parentId,
      labels: [...input.labels].sort(),
      reviewQueueId: input.reviewQueueId ?? null,
      createdById: input.createdById ?? null,
    },
  });
  await db.$executeRaw`
    INSERT INTO "SampleOverride" ("versionId", "sampleId", expected, excluded)
    SELECT ${id}::uuid, "sampleId", expected, excluded FROM "SampleOverride" WHERE "versionId" = ${input.parentId}::uuid`;
  await db.$executeRaw`
    INSERT INTO "AnswerAlias" ("versionId", answer, label)
    SELECT ${id}::uuid, answer, label FROM "AnswerAlias" WHERE "versionId" = ${input.parentId}::uuid`;
  const { relabel, exclude, aliases } = input.change;
  const ids = [...new Set([...relabel.keys(), ...exclude])];
  if (ids.length > 0) {
    const labels = ids.map((sampleId) => relabel.get(sampleId) ?? null);
    const excluded = ids.map((sampleId) => exclude.has(sampleId));
    await db.$executeRaw`
      INSERT INTO "SampleOverride" ("versionId", "sampleId", expected, excluded)
      SELECT ${id}::uuid, c.sample_id, c.expected, c.excluded
      FROM unnest(${ids}::int[], ${labels}::text[], ${excluded}::bool[]) AS c(sample_id, expected, excluded)
      ON CONFLICT ("versionId", "sampleId") DO UPDATE
        SET expected = coalesce(EXCLUDED.expected, "SampleOverride".expected),
            excluded = "SampleOverride".excluded OR EXCLUDED.excluded`;
    // A correction back to the uploaded label is no override at all.
    await db.$executeRaw`
      DELETE FROM "SampleOverride" o USING "Sample" s
      WHERE o."versionId" = ${id}::uuid AND s.id = o."sampleId" AND NOT o.excluded AND o.expected = s.expected`;
  }
  if (aliases.size > 0) {
    await db.$executeRaw`
      INSERT INTO "AnswerAlias" ("versionId", answer, label)
      SELECT ${id}::uuid, a.answer, a.label FROM unnest(${[...aliases.keys()]}::text[], ${[...aliases.values()]}::text[])
        AS a(answer, label)
      ON CONFLICT ("versionId", answer) DO UPDATE SET label = EXCLUDED.label`;
  }
  const [counts] = await db.$queryRaw<{ relabelled: number; excluded: number; aliases: number }[]>`
    SELECT (SELECT count(*) FROM "SampleOverride" WHERE "versionId" = ${id}::uuid AND NOT excluded)::int AS relabelled,
           (SELECT count(*) FROM "SampleOverride" WHERE "versionId" = ${id}::uuid AND excluded)::int AS excluded,
           (SELECT count(*) FROM "AnswerAlias" WHERE "versionId" = ${id}::uuid)::int AS aliases`;
  const contentHash = await computeContentHash(db, id);
  await db.datasetVersion.update({
    where: { id },
    data: {
      contentHash,
      relabelledCount: counts?.relabelled ?? 0,
      excludedCount: counts?.excluded ?? 0,
      aliasCount: counts?.aliases ?? 0,
    },
  });
  return { id, number: next, contentHash };
}
