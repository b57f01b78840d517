import type { TDb } from "@/lib/db/prisma";
import { groupInvalidAnswers, selectGroupTexts, type TInvalidGroup, type TRawAnswerCount } from "./group-invalid";
import { loadOutputsRun } from "./run";

/** Exact raw texts of a run's invalid answers with counts: the SQL aggregate the groups are merged from. */
export async function countInvalidAnswerTexts(db: TDb, runId: string): Promise<TRawAnswerCount[]> {
  return db.$queryRaw<TRawAnswerCount[]>`
    SELECT coalesce("rawText", '') AS text, count(*)::int AS count, min("sampleId") AS "exampleSampleId"
    FROM "Output"
    WHERE "runId" = ${runId}::uuid AND valid = false AND "errorKind" IS NULL
    GROUP BY 1`;
}

export type TInvalidGroups = { runId: string; totalInvalid: number; groups: TInvalidGroup[] };

/** GET /api/runs/:id/invalid-groups: why a model fails the format, one group per normalised answer. */
export async function getInvalidGroups(db: TDb, runId: string): Promise<TInvalidGroups> {
  const run = await loadOutputsRun(db, runId);
  const groups = groupInvalidAnswers(await countInvalidAnswerTexts(db, run.id));
  return { runId: run.id, totalInvalid: groups.reduce((sum, group) => sum + group.count, 0), groups };
}

/** The raw spellings of one group, for an exact `rawText = ANY(...)` filter. */
export async function findGroupTexts(db: TDb, runId: string, normalized: string): Promise<string[]> {
  return selectGroupTexts(await countInvalidAnswerTexts(db, runId), normalized);
}
