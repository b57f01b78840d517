import type { TDb } from "@/lib/db/prisma";
import { formatGapCursor, type TCompareSide, type TGapCursor } from "./schemas";

const EXCERPT_CHARS = 280;
const ANSWER_CHARS = 400;

export type TScoredAnswer = {
  /** Excerpt of the graded answer (the reference answer on the reference side). */
  text: string | null;
  truncated: boolean;
  score: number;
  judgingId: string;
};

export type TScoreDisagreement = {
  sampleId: number;
  index: number;
  input: string;
  truncated: boolean;
  /** |A - B|, 1..9. */
  gap: number;
  a: TScoredAnswer;
  b: TScoredAnswer;
};

type TRow = {
  sampleId: number;
  index: number;
  input: string;
  inputLength: number;
  aScore: number;
  bScore: number;
  aText: string | null;
  aLength: number | null;
  bText: string | null;
  bLength: number | null;
};

/**
 * Samples both judgings scored differently, largest gap first (then by sample index), one keyset page at a time.
 * `onlyA` / `onlyB` keep the samples where that side scored higher. Fetches one extra row to know whether another
 * page exists. `bRunId` null: side B is the reference answer of the sample.
 */
export async function findScoreDisagreements(
  db: TDb,
  query: {
    aRunId: string;
    bRunId: string | null;
    judgingA: string;
    judgingB: string;
    side: TCompareSide;
    after: TGapCursor;
    limit: number;
  },
): Promise<{ items: TScoreDisagreement[]; nextCursor: string | null }> {
  const { aRunId, bRunId, judgingA, judgingB, side, after, limit } = query;
  const rows = await db.$queryRaw<TRow[]>`
    SELECT s.id AS "sampleId", s.index, left(s.input, ${EXCERPT_CHARS}::int) AS input,
           length(s.input)::int AS "inputLength", ja.score AS "aScore", jb.score AS "bScore",
           left(oa."rawText", ${ANSWER_CHARS}::int) AS "aText", length(oa."rawText")::int AS "aLength",
           left(coalesce(ob."rawText", CASE WHEN ${bRunId}::uuid IS NULL THEN s.expected END), ${ANSWER_CHARS}::int)
             AS "bText",
           length(coalesce(ob."rawText", CASE WHEN ${bRunId}::uuid IS NULL THEN s.expected END))::int AS "bLength"
    FROM "Judgement" ja
    JOIN "Judgement" jb ON jb."sampleId" = ja."sampleId" AND jb."judgingId" = ${judgingB}::uuid
    JOIN "Sample" s ON s.id = ja."sampleId"
    LEFT JOIN "Output" oa ON oa."runId" = ${aRunId}::uuid AND oa."sampleId" = s.id
    LEFT JOIN "Output" ob ON ob."runId" = ${bRunId}::uuid AND ob."sampleId" = s.id
    WHERE ja."judgingId" = ${judgingA}::uuid
      AND ja.score IS NOT NULL AND jb.score IS NOT NULL AND ja.score <> jb.score
      AND (${side}::text = 'discordant' OR (${side}::text = 'onlyA') = (ja.score > jb.score))
      AND (abs(ja.score - jb.score) < ${after.gap}::int
           OR (abs(ja.score - jb.score) = ${after.gap}::int AND s.index > ${after.index}::int))
    ORDER BY abs(ja.score - jb.score) DESC, s.index
    LIMIT ${limit + 1}::int`;
  const page = rows.slice(0, limit);
  const items = page.map((row) => ({
    sampleId: row.sampleId,
    index: row.index,
    input: row.input,
    truncated: row.inputLength > row.input.length,
    gap: Math.abs(row.aScore - row.bScore),
    a: toAnswer(row.aText, row.aLength, row.aScore, judgingA),
    b: toAnswer(row.bText, row.bLength, row.bScore, judgingB),
  }));
  const last = items.at(-1);
  const more = rows.length > limit && last !== undefined;
  return { items, nextCursor: more ? formatGapCursor({ gap: last.gap, index: last.index }) : null };
}

function toAnswer(text: string | null, length: number | null, score: number, judgingId: string): TScoredAnswer {
  return { text, truncated: text !== null && length !== null && length > text.length, score, judgingId };
}
