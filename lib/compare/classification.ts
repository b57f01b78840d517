import type { TDb } from "@/lib/db/prisma";
import { mcnemarExact } from "@/lib/metrics";
import type { TCompareSide } from "./schemas";

export type TAgreement = {
  /** Samples both runs have an output for. */
  shared: number;
  bothRight: number;
  onlyA: number;
  onlyB: number;
  bothWrong: number;
  /** Two-sided exact McNemar p-value on onlyA vs onlyB. */
  pValue: number;
  midPValue: number;
};

/**
 * The 2×2 table of correctness over the samples both runs answered, as on the leaderboard: a failed call is not an
 * answer, so its sample is left out; an invalid answer counts as wrong.
 */
export async function countAgreement(db: TDb, aId: string, bId: string): Promise<TAgreement> {
  const [row] = await db.$queryRaw<{ shared: number; bothRight: number; onlyA: number; onlyB: number }[]>`
    SELECT count(*)::int AS shared,
           count(*) FILTER (WHERE coalesce(a.correct, false) AND coalesce(b.correct, false))::int AS "bothRight",
           count(*) FILTER (WHERE coalesce(a.correct, false) AND NOT coalesce(b.correct, false))::int AS "onlyA",
           count(*) FILTER (WHERE NOT coalesce(a.correct, false) AND coalesce(b.correct, false))::int AS "onlyB"
    FROM "Output" a JOIN "Output" b ON b."sampleId" = a."sampleId" AND b."runId" = ${bId}::uuid
    WHERE a."runId" = ${aId}::uuid AND a."errorKind" IS NULL AND b."errorKind" IS NULL`;
  const counts = row ?? { shared: 0, bothRight: 0, onlyA: 0, onlyB: 0 };
  const test = mcnemarExact(counts.onlyA, counts.onlyB);
  return {
    ...counts,
    bothWrong: counts.shared - counts.bothRight - counts.onlyA - counts.onlyB,
    pValue: test.pValue,
    midPValue: test.midPValue,
  };
}

export type TRunAnswer = {
  rawText: string | null;
  label: string | null;
  valid: boolean | null;
  correct: boolean;
  errorKind: string | null;
};

export type TDisagreement = {
  sampleId: number;
  index: number;
  input: string;
  /** True when `input` was cut to the excerpt length. */
  truncated: boolean;
  expected: string;
  a: TRunAnswer;
  b: TRunAnswer;
};

const EXCERPT_CHARS = 280;
const RAW_CHARS = 400;

type TRawRow = {
  sampleId: number;
  index: number;
  input: string;
  inputLength: number;
  expected: string;
  aRaw: string | null;
  aLabel: string | null;
  aValid: boolean | null;
  aCorrect: boolean;
  aError: string | null;
  bRaw: string | null;
  bLabel: string | null;
  bValid: boolean | null;
  bCorrect: boolean;
  bError: string | null;
};

/**
 * Samples both runs answered where exactly one is right (as countAgreement counts them), by sample index, one keyset page at a time (`after` is the last
 * index of the previous page). Fetches one extra row to know whether another page exists.
 */
export async function findDisagreements(
  db: TDb,
  query: { aId: string; bId: string; side: TCompareSide; after: number; limit: number },
): Promise<{ items: TDisagreement[]; nextCursor: number | null }> {
  const { aId, bId, side, after, limit } = query;
  const rows = await db.$queryRaw<TRawRow[]>`
    SELECT s.id AS "sampleId", s.index, left(s.input, ${EXCERPT_CHARS}::int) AS input,
           length(s.input)::int AS "inputLength", s.expected,
           left(a."rawText", ${RAW_CHARS}::int) AS "aRaw", a."parsedLabel" AS "aLabel", a.valid AS "aValid",
           coalesce(a.correct, false) AS "aCorrect", a."errorKind" AS "aError",
           left(b."rawText", ${RAW_CHARS}::int) AS "bRaw", b."parsedLabel" AS "bLabel", b.valid AS "bValid",
           coalesce(b.correct, false) AS "bCorrect", b."errorKind" AS "bError"
    FROM "Output" a
    JOIN "Output" b ON b."sampleId" = a."sampleId" AND b."runId" = ${bId}::uuid
    JOIN "Sample" s ON s.id = a."sampleId"
    WHERE a."runId" = ${aId}::uuid AND a."errorKind" IS NULL AND b."errorKind" IS NULL
      AND coalesce(a.correct, false) <> coalesce(b.correct, false)
      AND (${side}::text = 'discordant' OR (${side}::text = 'onlyA') = coalesce(a.correct, false))
      AND s.index > ${after}::int
    ORDER BY s.index
    LIMIT ${limit + 1}::int`;
  const page = rows.slice(0, limit);
  const items = page.map((row) => ({
    sampleId: row.sampleId,
    index: row.index,
    input: row.input,
    truncated: row.inputLength > row.input.length,
    expected: row.expected,
    a: { rawText: row.aRaw, label: row.aLabel, valid: row.aValid, correct: row.aCorrect, errorKind: row.aError },
    b: { rawText: row.bRaw, label: row.bLabel, valid: row.bValid, correct: row.bCorrect, errorKind: row.bError },
  }));
  const last = page.at(-1);
  return { items, nextCursor: rows.length > limit && last ? last.index : null };
}
