import { Prisma } from "@/lib/db/generated/client";
import type { TDb } from "@/lib/db/prisma";
import { chunkSpan } from "@/lib/jobs/chunks";

/** What the item queries need of a pairwise judging. */
export type TPairwiseTarget = {
  id: string;
  datasetId: string;
  split: "TRAIN" | "TEST";
  runIds: string[];
  includeReference: boolean;
  pairs: [number, number][];
  judges: number;
  total: number;
  lastIndex: number;
};

/** One judge call: a pair's answers on one sample, in one order, for one juror. */
export type TPairwiseItem = {
  id: number;
  sampleId: number;
  index: number;
  question: string;
  reference: string;
  pairIndex: number;
  judgeIndex: number;
  swapped: boolean;
  /** The answers as shown: `first` is Assistant A. */
  first: string;
  second: string;
};

/** Calls per sample: every pair, by every judge, in both orders. */
export function callsPerSample(target: Pick<TPairwiseTarget, "pairs" | "judges">): number {
  return target.pairs.length * target.judges * 2;
}

/**
 * The samples every contestant answered (SQL over samples `s`): each run has an answer (not an error) for it, and
 * with the reference answers as a contestant, a non-empty reference.
 */
export function commonSamples(target: Omit<TPairwiseTarget, "pairs" | "judges" | "total" | "lastIndex">): Prisma.Sql {
  return Prisma.sql`
    SELECT s.id, s.index, s.input AS question, s.expected AS reference FROM "Sample" s
    WHERE s."datasetId" = ${target.datasetId}::uuid AND s.split::text = ${target.split}
      AND (NOT ${target.includeReference} OR s.expected <> '')
      AND s.id IN (
        SELECT o."sampleId" FROM "Output" o
        WHERE o."runId" = ANY(${target.runIds}::uuid[]) AND o."errorKind" IS NULL AND o."rawText" IS NOT NULL
        GROUP BY o."sampleId" HAVING count(*) = ${target.runIds.length})`;
}

/** How many samples the contestants share and the highest index among them (fixed when the judging is created). */
export async function measureCommonSamples(
  db: TDb,
  target: Parameters<typeof commonSamples>[0],
): Promise<{ samples: number; lastIndex: number }> {
  const [row] = await db.$queryRaw<{ samples: number; lastIndex: number | null }[]>`
    SELECT count(*)::int AS samples, max(c.index)::int AS "lastIndex" FROM (${commonSamples(target)}) c`;
  return { samples: row?.samples ?? 0, lastIndex: row?.lastIndex ?? -1 };
}

/** Chunk numbers that still hold samples with fewer verdicts than calls per sample. */
export async function findChunksWithMissingVerdicts(db: TDb, target: TPairwiseTarget): Promise<number[]> {
  const span = chunkSpan(target);
  const rows = await db.$queryRaw<{ chunk: number }[]>`
    SELECT DISTINCT (c.index / ${span}::int)::int AS chunk FROM (${commonSamples(target)}) c
    WHERE (SELECT count(*) FROM "PairwiseVerdict" v
           WHERE v."pairwiseJudgingId" = ${target.id}::uuid AND v."sampleId" = c.id) < ${callsPerSample(target)}
    ORDER BY chunk`;
  return rows.map((row) => row.chunk);
}

/** An item id unique within the judging: the sample, then the pair, the judge and the order. */
export function pairwiseItemId(target: Pick<TPairwiseTarget, "pairs" | "judges">, key: TItemKey): number {
  return ((key.sampleId * target.pairs.length + key.pairIndex) * target.judges + key.judgeIndex) * 2 + +key.swapped;
}

type TItemKey = { sampleId: number; pairIndex: number; judgeIndex: number; swapped: boolean };

/** The calls of one index range that have no verdict yet, with the answers they show, in index order. */
export async function findPendingCalls(
  db: TDb,
  target: TPairwiseTarget,
  range: { fromIndex: number; toIndex: number },
): Promise<TPairwiseItem[]> {
  const samples = await db.$queryRaw<{ id: number; index: number; question: string; reference: string }[]>`
    SELECT c.* FROM (${commonSamples(target)}) c WHERE c.index BETWEEN ${range.fromIndex} AND ${range.toIndex}
    ORDER BY c.index`;
  if (samples.length === 0) return [];
  const ids = samples.map((sample) => sample.id);
  const [answers, done] = await Promise.all([
    db.$queryRaw<{ sampleId: number; runId: string; answer: string }[]>`
      SELECT o."sampleId", o."runId"::text AS "runId", o."rawText" AS answer FROM "Output" o
      WHERE o."runId" = ANY(${target.runIds}::uuid[]) AND o."sampleId" = ANY(${ids}::int[])`,
    db.$queryRaw<TItemKey[]>`
      SELECT "sampleId", "pairIndex", "judgeIndex", swapped FROM "PairwiseVerdict"
      WHERE "pairwiseJudgingId" = ${target.id}::uuid AND "sampleId" = ANY(${ids}::int[])`,
  ]);
  const answerOf = new Map(answers.map((row) => [`${row.sampleId}:${row.runId}`, row.answer]));
  const written = new Set(done.map((key) => pairwiseItemId(target, key)));
  const items: TPairwiseItem[] = [];
  for (const sample of samples) {
    const contestant = (i: number) =>
      i < target.runIds.length ? (answerOf.get(`${sample.id}:${target.runIds[i]}`) ?? "") : sample.reference;
    target.pairs.forEach(([x, y], pairIndex) => {
      for (let judgeIndex = 0; judgeIndex < target.judges; judgeIndex++) {
        for (const swapped of [false, true]) {
          const id = pairwiseItemId(target, { sampleId: sample.id, pairIndex, judgeIndex, swapped });
          if (written.has(id)) continue;
          const [first, second] = swapped ? [contestant(y), contestant(x)] : [contestant(x), contestant(y)];
          items.push({ ...sample, id, sampleId: sample.id, pairIndex, judgeIndex, swapped, first, second });
        }
      }
    });
  }
  return items;
}
