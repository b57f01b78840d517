import { z } from "zod";
import { Prisma } from "@/lib/db/generated/client";
import type { TDb } from "@/lib/db/prisma";

export const ZJudgementFilter = z.object({
  /** "failures": unparseable replies; "errors": failed judge calls; "scored": parsed grades. */
  show: z.enum(["all", "scored", "failures", "errors"]).default("all"),
  score: z.coerce.number().int().min(1).max(10).optional(),
  /** Sample index to continue after (keyset pagination in index order). */
  cursor: z.coerce.number().int().min(-1).default(-1),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TJudgementFilter = z.infer<typeof ZJudgementFilter>;

export type TJudgementItem = {
  sampleId: number;
  index: number;
  question: string;
  answer: string | null;
  reference: string;
  score: number | null;
  parseStatus: string | null;
  rationale: string | null;
  rawText: string | null;
  errorKind: string | null;
  errorMessage: string | null;
  cost: number | null;
  cached: boolean;
};

const SHOW: Record<TJudgementFilter["show"], Prisma.Sql> = {
  all: Prisma.sql`TRUE`,
  scored: Prisma.sql`j.score IS NOT NULL`,
  failures: Prisma.sql`j.score IS NULL AND j."errorKind" IS NULL`,
  errors: Prisma.sql`j."errorKind" IS NOT NULL`,
};

/** One page of a judging's judgements with the question, the answer graded and the judge's raw reply. */
export async function listJudgements(db: TDb, judgingId: string, filter: TJudgementFilter) {
  const judging = await db.judging.findUnique({ where: { id: judgingId }, select: { runId: true } });
  if (!judging) return null;
  const scoreFilter = filter.score === undefined ? Prisma.sql`TRUE` : Prisma.sql`j.score = ${filter.score}`;
  const items = await db.$queryRaw<TJudgementItem[]>`
    SELECT s.id AS "sampleId", s.index, s.input AS question, s.expected AS reference,
           ${judging.runId === null ? Prisma.sql`s.expected` : Prisma.sql`o."rawText"`} AS answer,
           j.score, j."parseStatus", j.rationale, j."rawText", j."errorKind", j."errorMessage", j.cost, j.cached
    FROM "Judgement" j JOIN "Sample" s ON s.id = j."sampleId"
    LEFT JOIN "Output" o ON o."sampleId" = s.id AND o."runId" = ${judging.runId}::uuid
    WHERE j."judgingId" = ${judgingId}::uuid AND s.index > ${filter.cursor}
      AND ${SHOW[filter.show]} AND ${scoreFilter}
    ORDER BY s.index LIMIT ${filter.limit + 1}`;
  const page = items.slice(0, filter.limit);
  return { items: page, nextCursor: items.length > filter.limit ? (page.at(-1)?.index ?? null) : null };
}
