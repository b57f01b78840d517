import { v7 as uuidv7 } from "uuid";
import { ApiError } from "@/lib/api/errors";
import { Prisma } from "@/lib/db/generated/client";
import type { TDb, TPrisma } from "@/lib/db/prisma";
import { ZOutputFilters } from "@/lib/outputs/filters";
import { prepareOutputsQuery } from "@/lib/outputs/query";
import { ensureFirstVersion } from "@/lib/versions/create";
import { latestVersionId } from "@/lib/versions/latest";
import { resolvePairwiseFlips } from "./pairwise-source";
import type { TCreateQueue } from "./schemas";

export type TSource = { datasetId: string; name: string; items: Prisma.Sql; links: Record<string, string | null> };

/** Items in order: `SELECT "sampleId", "outputId" ...` (the position is their row number by sample). */
async function resolveSource(db: TPrisma, input: TCreateQueue): Promise<TSource> {
  if (input.source === "run") {
    const filters = ZOutputFilters.parse({ view: input.view, expected: input.expected, predicted: input.predicted });
    const query = await prepareOutputsQuery(db, input.runId, filters);
    const cell = input.expected || input.predicted ? ` (${input.expected ?? "any"} → ${input.predicted ?? "any"})` : "";
    return {
      datasetId: query.run.datasetId,
      name: `${input.view} answers${cell}`,
      items: Prisma.sql`SELECT o."sampleId", o.id AS "outputId" FROM "Output" o JOIN "Sample" s ON s.id = o."sampleId"
        ${query.join} WHERE ${query.where}`,
      links: { runId: input.runId },
    };
  }
  if (input.source === "runs-disagree") {
    const runs = await db.run.findMany({ where: { id: { in: [input.runId, input.secondRunId] } } });
    const [first, second] = [input.runId, input.secondRunId].map((id) => runs.find((run) => run.id === id));
    if (!first || !second) throw new ApiError(404, "run_not_found", "Both runs must exist.");
    if (first.datasetId !== second.datasetId) {
      throw new ApiError(422, "different_datasets", "The two runs are on different datasets: nothing to compare.");
    }
    return {
      datasetId: first.datasetId,
      name: "answers where the two runs disagree",
      items: Prisma.sql`SELECT a."sampleId", a.id AS "outputId" FROM "Output" a
        JOIN "Output" b ON b."sampleId" = a."sampleId" AND b."runId" = ${second.id}::uuid
        WHERE a."runId" = ${first.id}::uuid AND a."errorKind" IS NULL AND b."errorKind" IS NULL
          AND (a.valid IS DISTINCT FROM b.valid OR a."parsedLabel" IS DISTINCT FROM b."parsedLabel"
               OR (NOT coalesce(a.valid, false) AND a."rawText" IS DISTINCT FROM b."rawText"))`,
      links: { runId: first.id, secondRunId: second.id },
    };
  }
  if (input.source === "judge-grades") {
    const judging = await db.judging.findUnique({ where: { id: input.judgingId } });
    if (!judging) throw new ApiError(404, "judging_not_found", `Judging ${input.judgingId} does not exist.`);
    const output = judging.runId
      ? Prisma.sql`(SELECT o.id FROM "Output" o WHERE o."runId" = ${judging.runId}::uuid AND o."sampleId" = j."sampleId")`
      : Prisma.sql`NULL::int`;
    return {
      datasetId: judging.datasetId,
      name: `judge grades ≤ ${input.maxGrade}`,
      items: Prisma.sql`SELECT j."sampleId", ${output} AS "outputId" FROM "Judgement" j
        WHERE j."judgingId" = ${judging.id}::uuid AND j.score <= ${input.maxGrade}`,
      links: { judgingId: judging.id, runId: judging.runId },
    };
  }
  if (input.source === "pairwise-flips") return resolvePairwiseFlips(db, input);
  const dataset = await db.dataset.findUnique({ where: { id: input.datasetId }, select: { id: true } });
  if (!dataset) throw new ApiError(404, "dataset_not_found", `Dataset ${input.datasetId} does not exist.`);
  return {
    datasetId: dataset.id,
    name: "conflicting duplicates",
    // The same input (after trimming and case-folding) with more than one expected label.
    items: Prisma.sql`SELECT s.id AS "sampleId", NULL::int AS "outputId" FROM "Sample" s
      WHERE s."datasetId" = ${dataset.id}::uuid AND lower(btrim(s.input)) IN (
        SELECT lower(btrim(input)) FROM "Sample" WHERE "datasetId" = ${dataset.id}::uuid
        GROUP BY 1 HAVING count(DISTINCT expected) > 1)`,
    links: {},
  };
}

/**
 * A review queue from a drill-down filter: its items are written once, in sample order, with positions 0..n-1, so
 * "next" and "previous" are index probes however large the queue. Items are dealt to the assignees in turn.
 */
export async function createReviewQueue(
  db: TPrisma,
  input: TCreateQueue,
  createdById: string | null,
): Promise<{ id: string; itemCount: number }> {
  const source = await resolveSource(db, input);
  await ensureFirstVersion(db, source.datasetId);
  const id = uuidv7();
  const assignees = input.assigneeIds ?? [];
  const scale = input.source === "judge-grades" ? { min: input.scaleMin, max: input.scaleMax } : null;
  return db.$transaction(
    async (tx: TDb) => {
      await tx.reviewQueue.create({
        data: {
          id,
          datasetId: source.datasetId,
          versionId: await latestVersionId(tx, source.datasetId),
          name: input.name ?? source.name,
          source: input.source === "run" ? `run-${input.view}` : input.source,
          filter: input,
          runId: source.links.runId ?? null,
          secondRunId: source.links.secondRunId ?? null,
          judgingId: source.links.judgingId ?? null,
          reviewsPerItem: input.reviewsPerItem,
          scaleMin: scale?.min ?? null,
          scaleMax: scale?.max ?? null,
          itemCount: 0,
          createdById,
        },
      });
      const itemCount = await tx.$executeRaw`
      INSERT INTO "ReviewItem" ("queueId", position, "sampleId", "outputId", "assigneeId")
      SELECT ${id}::uuid, (row_number() OVER (ORDER BY src."sampleId") - 1)::int, src."sampleId", src."outputId",
             (${assignees}::text[])[((row_number() OVER (ORDER BY src."sampleId") - 1) % greatest(${assignees.length}, 1)) + 1]
      FROM (${source.items}) src`;
      if (itemCount === 0)
        throw new ApiError(422, "empty_queue", "This filter selects no item: there is nothing to review.");
      await tx.reviewQueue.update({ where: { id }, data: { itemCount } });
      return { id, itemCount };
    },
    { timeout: 120_000 },
  );
}
