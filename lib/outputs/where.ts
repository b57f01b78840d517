import { ApiError } from "@/lib/api/errors";
import { Prisma } from "@/lib/db/generated/client";
import { escapeLike } from "@/lib/datasets/samples";
import { expectedOnVersion } from "@/lib/versions/kept-samples";
import { INVALID_PREDICTED, type TOutputFilters } from "./filters";

type TWhereInput = {
  runId: string;
  /** The run's dataset: filters on the sample name it, so Postgres reads that dataset's samples only. */
  datasetId: string;
  filters: TOutputFilters;
  /** The judging joined as `j` (null: no judging, so no score filter). */
  judgingId: string | null;
  /** The run's version when it corrects labels (TOutputsRun.relabelVersionId): `expected` filters on its labels. */
  relabelVersionId: string | null;
  /** Raw answer texts of the requested invalid group (resolved beforehand, see invalid-groups.ts). */
  groupTexts?: string[];
};

/**
 * The WHERE clause shared by the list, the count and the export, over `"Output" o JOIN "Sample" s` (and `j`, the
 * chosen judging's judgement). The cursor is not part of it: pages add `o."sampleId" > cursor` themselves. Views follow the metrics: invalid = answered but no label; wrong = correct is false
 * (invalid answers included, as accuracy counts them); errors = calls that failed after every retry.
 */
export function buildOutputsWhere({
  runId,
  datasetId,
  filters,
  judgingId,
  relabelVersionId,
  groupTexts,
}: TWhereInput): Prisma.Sql {
  const parts = [Prisma.sql`o."runId" = ${runId}::uuid`];
  if (filters.expected !== undefined) parts.push(Prisma.sql`s."datasetId" = ${datasetId}::uuid`);
  const invalid = Prisma.sql`o.valid = false AND o."errorKind" IS NULL`;
  if (filters.view === "invalid") parts.push(invalid);
  if (filters.view === "wrong") parts.push(Prisma.sql`o.correct = false`);
  if (filters.view === "mislabeled") parts.push(Prisma.sql`o.valid = true AND o.correct = false`);
  if (filters.view === "errors") parts.push(Prisma.sql`o."errorKind" IS NOT NULL`);
  if (filters.view === "correct") parts.push(Prisma.sql`o.correct = true`);
  if (filters.expected !== undefined)
    parts.push(Prisma.sql`${expectedOnVersion(relabelVersionId)} = ${filters.expected}`);
  if (filters.predicted === INVALID_PREDICTED) parts.push(invalid);
  else if (filters.predicted !== undefined) {
    parts.push(Prisma.sql`o.valid = true AND o."parsedLabel" = ${filters.predicted}`);
  }
  if (filters.q !== undefined) {
    const pattern = `%${escapeLike(filters.q)}%`;
    // The dataset's inputs are searched once (a hashed subplan) rather than joined row by row to every answer.
    const matchingInputs = Prisma.sql`SELECT si.id FROM "Sample" si WHERE si."datasetId" = ${datasetId}::uuid AND si.input ILIKE ${pattern}`;
    parts.push(Prisma.sql`(o."rawText" ILIKE ${pattern} OR o."sampleId" IN (${matchingInputs}))`);
  }
  if (groupTexts !== undefined)
    parts.push(Prisma.sql`${invalid} AND coalesce(o."rawText", '') = ANY(${groupTexts}::text[])`);
  if (filters.scoreMin !== undefined || filters.scoreMax !== undefined) {
    if (judgingId === null) {
      throw new ApiError(422, "invalid_request", "Invalid request: scoreMin/scoreMax: this run has no judging yet.");
    }
    parts.push(Prisma.sql`j.score BETWEEN ${filters.scoreMin ?? 1} AND ${filters.scoreMax ?? 10}`);
  }
  // "Confidently wrong" is view=wrong with confidenceMin: answers the model was sure of and got wrong.
  if (filters.confidenceMin !== undefined) parts.push(Prisma.sql`o.confidence >= ${filters.confidenceMin}`);
  if (filters.confidenceMax !== undefined) parts.push(Prisma.sql`o.confidence <= ${filters.confidenceMax}`);
  return Prisma.join(parts, " AND ");
}

/** LEFT JOIN of the chosen judging's judgements (a constant-false join when there is none, so `j.*` stays valid). */
export function buildJudgementJoin(judgingId: string | null): Prisma.Sql {
  if (judgingId === null) return Prisma.sql`LEFT JOIN "Judgement" j ON false`;
  return Prisma.sql`LEFT JOIN "Judgement" j ON j."judgingId" = ${judgingId}::uuid AND j."sampleId" = o."sampleId"`;
}
