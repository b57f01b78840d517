import { Prisma } from "@/lib/db/generated/client";
import type { TPrisma } from "@/lib/db/prisma";
import { encodeCursor, type TOutputFilters, type TOutputSort } from "./filters";
import { expectedOnVersion } from "@/lib/versions/kept-samples";
import { findGroupTexts } from "./invalid-groups";
import { loadOutputsRun, resolveJudgingId, type TOutputsRun } from "./run";
import { buildJudgementJoin, buildOutputsWhere } from "./where";

export type TOutputItem = {
  sampleId: number;
  index: number;
  input: string;
  expected: string;
  rawText: string | null;
  parsedLabel: string | null;
  valid: boolean | null;
  correct: boolean | null;
  errorKind: string | null;
  errorMessage: string | null;
  attempts: number;
  latencyMs: number | null;
  promptTokens: number | null;
  completionTokens: number | null;
  cost: number | null;
  cached: boolean;
  /** The probability of the answer, when the reply came with log-probabilities (lib/answer-modes). */
  confidence: number | null;
  score: number | null;
  rationale: string | null;
};

export type TOutputPage = { items: TOutputItem[]; nextCursor: string | null };

/** List pages cut long texts (the detail panel has them whole); exports keep everything. */
const LIST_TEXT_CHARS = 400;

export type TQueryContext = {
  run: TOutputsRun;
  judgingId: string | null;
  /** The filters without the cursor (pages add it). */
  where: Prisma.Sql;
  join: Prisma.Sql;
  /** The joins the count needs: only filters on the sample's label or the score pay for them. */
  countFrom: Prisma.Sql;
  /** A text search: it reads the dataset's inputs through a bitmap scan (see findOutputsPage). */
  textSearch: boolean;
};

/** Resolves the run, its judging and an invalid-answer group once, for the list, the count and the export. */
export async function prepareOutputsQuery(db: TPrisma, runId: string, filters: TOutputFilters): Promise<TQueryContext> {
  const run = await loadOutputsRun(db, runId);
  const judgingId = resolveJudgingId(run, filters.judgingId);
  const groupTexts = filters.group === undefined ? undefined : await findGroupTexts(db, run.id, filters.group);
  const where = buildOutputsWhere({
    runId: run.id,
    datasetId: run.datasetId,
    filters,
    judgingId,
    relabelVersionId: run.relabelVersionId,
    groupTexts,
  });
  const join = buildJudgementJoin(judgingId);
  const sample = filters.expected !== undefined;
  const scored = filters.scoreMin !== undefined || filters.scoreMax !== undefined;
  const countFrom = Prisma.sql`"Output" o ${sample ? Prisma.sql`JOIN "Sample" s ON s.id = o."sampleId"` : Prisma.empty} ${scored ? join : Prisma.empty}`;
  return { run, judgingId, where, join, countFrom, textSearch: filters.q !== undefined };
}

type TPageOptions = {
  cursor?: number | undefined;
  limit: number;
  full?: boolean;
  /** File order unless asked (exports always walk in file order). */
  sort?: TOutputSort;
};

/** The page query, exposed so the bench can print its plan. */
export function buildOutputsPageSql(context: TQueryContext, options: TPageOptions): Prisma.Sql {
  const text = (column: Prisma.Sql) => (options.full ? column : Prisma.sql`left(${column}, ${LIST_TEXT_CHARS})`);
  const columns = Prisma.sql`
    o."sampleId", s.index, ${text(Prisma.sql`s.input`)} AS input,
    ${expectedOnVersion(context.run.relabelVersionId)} AS expected,
    ${text(Prisma.sql`o."rawText"`)} AS "rawText", o."parsedLabel", o.valid, o.correct,
    o."errorKind", o."errorMessage", o.attempts, o."latencyMs", o."promptTokens", o."completionTokens",
    o.cost, o.cached, o.confidence, j.score, ${text(Prisma.sql`j.rationale`)} AS rationale`;
  if (options.sort === "confidence-desc" || options.sort === "confidence-asc") {
    return buildConfidencePageSql(context, options, options.sort, columns);
  }
  return Prisma.sql`
    SELECT ${columns}
    FROM "Output" o JOIN "Sample" s ON s.id = o."sampleId" ${context.join}
    WHERE ${context.where} AND o."sampleId" > ${options.cursor ?? 0}
    ORDER BY o."runId", o."sampleId"
    LIMIT ${options.limit + 1}`;
}

/**
 * A page in confidence order: (confidence, sample id), most or least confident first, outputs without a confidence
 * last (in file order). The cursor stays the last sample id shown: its confidence is looked up (one probe of the
 * (runId, sampleId) index) to continue after it. The page's sample ids are picked first over the output rows alone
 * (the filters' joins only), a top-N sort of the matching rows, and only those rows are then joined to their samples.
 */
function buildConfidencePageSql(
  context: TQueryContext,
  options: TPageOptions,
  sort: "confidence-desc" | "confidence-asc",
  columns: Prisma.Sql,
): Prisma.Sql {
  const runId = context.run.id;
  const desc = sort === "confidence-desc";
  const order = (alias: string) =>
    Prisma.raw(`${alias}.confidence ${desc ? "DESC" : "ASC"} NULLS LAST, ${alias}."sampleId"`);
  const beyond = desc ? Prisma.sql`o.confidence < k.c` : Prisma.sql`o.confidence > k.c`;
  const after =
    options.cursor === undefined
      ? Prisma.sql`true`
      : Prisma.sql`CASE WHEN k.c IS NULL THEN o.confidence IS NULL AND o."sampleId" > ${options.cursor}
                   ELSE ${beyond} OR (o.confidence = k.c AND o."sampleId" > ${options.cursor}) OR o.confidence IS NULL
              END`;
  const cursorConfidence = Prisma.sql`
    SELECT confidence FROM "Output" WHERE "runId" = ${runId}::uuid AND "sampleId" = ${options.cursor ?? 0}`;
  return Prisma.sql`
    WITH k AS (SELECT (${cursorConfidence}) AS c),
    page AS (
      SELECT o."sampleId", o.confidence FROM ${context.countFrom} CROSS JOIN k
      WHERE ${context.where} AND ${after}
      ORDER BY ${order("o")}
      LIMIT ${options.limit + 1})
    SELECT ${columns}
    FROM page p
    JOIN "Output" o ON o."runId" = ${runId}::uuid AND o."sampleId" = p."sampleId"
    JOIN "Sample" s ON s.id = o."sampleId" ${context.join}
    ORDER BY ${order("p")}`;
}

/**
 * One keyset page, ordered by sample id (file order): `(runId, sampleId) > cursor` walks the unique index, so the
 * 1,000th page costs what the first does. (Ordering by runId too, a constant here, names that index: ordered by
 * sampleId alone the planner may walk the all-runs (sampleId) index instead and filter out every other run's rows.)
 * Filters are applied on that walk; the planner is kept off bitmap scans and sorts, which it would otherwise pick for
 * a selective-looking filter and pay for with a sort of every match, except for a text search (below).
 */
export async function findOutputsPage(
  db: TPrisma,
  context: TQueryContext,
  options: TPageOptions,
): Promise<TOutputPage> {
  const sql = buildOutputsPageSql(context, options);
  const rows =
    options.sort === undefined || options.sort === "file"
      ? await queryWithPagePlanner<TOutputItem>(db, context, sql)
      : // A confidence order has no index to walk: the planner sorts the matching rows (a top-N heapsort).
        await db.$queryRaw<TOutputItem[]>(sql);
  const more = rows.length > options.limit;
  const items = rows.slice(0, options.limit);
  const last = items[items.length - 1];
  return { items, nextCursor: more && last ? encodeCursor(last.sampleId) : null };
}

/**
 * Runs `sql` (the page query, or the bench's EXPLAIN of it) with the planner switches a page of this context needs.
 * A text search keeps bitmap scans: without them the search of the dataset's inputs becomes a full table scan (of
 * every dataset's samples). A search that matches most rows still sorts only the top of them for the LIMIT.
 */
export async function queryWithPagePlanner<T>(db: TPrisma, context: TQueryContext, sql: Prisma.Sql): Promise<T[]> {
  if (context.textSearch) return db.$queryRaw<T[]>(sql);
  const [, , rows] = await db.$transaction([
    db.$executeRaw`SET LOCAL enable_bitmapscan = off`,
    db.$executeRaw`SET LOCAL enable_sort = off`,
    db.$queryRaw<T[]>(sql),
  ]);
  return rows;
}

/** GET /api/runs/:id/outputs. */
export async function findOutputs(db: TPrisma, runId: string, filters: TOutputFilters): Promise<TOutputPage> {
  const context = await prepareOutputsQuery(db, runId, filters);
  return findOutputsPage(db, context, { cursor: filters.cursor, limit: filters.limit, sort: filters.sort });
}

/** Counting stops here: "10,000+ outputs" says enough, and a count never costs more than this many rows. */
export const COUNT_CAP = 10_000;

/** How many outputs match the filters (all pages), up to COUNT_CAP + 1 (more than the cap reads as "10,000+"). */
export async function countMatchingOutputs(db: TPrisma, context: TQueryContext): Promise<number> {
  const [row] = await db.$queryRaw<{ count: number }[]>(buildOutputsCountSql(context));
  return row?.count ?? 0;
}

/** The count query, exposed so the bench can print its plan. */
export function buildOutputsCountSql(context: TQueryContext): Prisma.Sql {
  return Prisma.sql`
    SELECT count(*)::int AS count FROM (SELECT 1 FROM ${context.countFrom} WHERE ${context.where} LIMIT ${COUNT_CAP + 1}) m`;
}

export type TViewCounts = {
  all: number;
  invalid: number;
  wrong: number;
  mislabeled: number;
  errors: number;
  correct: number;
};

/** The tab counts: one pass over the run's outputs. */
export async function countOutputViews(db: TPrisma, runId: string): Promise<TViewCounts> {
  const [row] = await db.$queryRaw<TViewCounts[]>`
    SELECT count(*)::int AS "all",
           count(*) FILTER (WHERE valid = false AND "errorKind" IS NULL)::int AS invalid,
           count(*) FILTER (WHERE correct = false)::int AS wrong,
           count(*) FILTER (WHERE valid = true AND correct = false)::int AS mislabeled,
           count(*) FILTER (WHERE "errorKind" IS NOT NULL)::int AS errors,
           count(*) FILTER (WHERE correct = true)::int AS correct
    FROM "Output" WHERE "runId" = ${runId}::uuid`;
  return row ?? { all: 0, invalid: 0, wrong: 0, mislabeled: 0, errors: 0, correct: 0 };
}
