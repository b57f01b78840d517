import { z } from "zod";
import { firstValues, type TSearchParams } from "@/lib/api/search-params";
import { ZNoNulText } from "@/lib/api/text";
import { Prisma } from "@/lib/db/generated/client";
import { prisma, type TPrisma } from "@/lib/db/prisma";
import type { TSampleSplit } from "./mapping";
import { ZDatasetId } from "./queries";

export const DEFAULT_SAMPLE_PAGE = 50;
export const MAX_SAMPLE_PAGE = 200;
const MAX_INDEX = 2_147_483_647;

// A NUL is refused here too, not only by apiRoute: the dataset page reads this query without it.
const optionalText = (max: number) =>
  ZNoNulText.trim()
    .max(max)
    .optional()
    .transform((value) => (value === "" ? undefined : value));

/** Query string of the sample browser; empty parameters mean "no filter". Cursors are sample indexes. */
export const ZSampleQuery = z.object({
  /** Rows after this index (the previous page's `nextCursor`). */
  // Sample indexes are Postgres integers: a larger cursor would fail in the query rather than here.
  cursor: z.coerce.number().int().min(-1).max(MAX_INDEX).optional(),
  /** Rows before this index (the next page's `prevCursor`); wins over `cursor`. */
  before: z.coerce.number().int().min(0).max(MAX_INDEX).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_SAMPLE_PAGE).default(DEFAULT_SAMPLE_PAGE),
  /** Case-insensitive substring of the input. */
  q: optionalText(500),
  split: z
    .string()
    .optional()
    .transform((value) => (value ? value.toUpperCase() : undefined))
    .pipe(z.enum(["TRAIN", "TEST"]).optional()),
  label: optionalText(10_000),
});

export type TSampleQuery = z.infer<typeof ZSampleQuery>;

export type TSampleRow = {
  index: number;
  split: TSampleSplit;
  externalId: string | null;
  input: string;
  expected: string;
  metadata: Record<string, string> | null;
};

export type TSamplePage = {
  samples: TSampleRow[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: number | null;
  /** Pass as `before` for the previous page; null on the first page. */
  prevCursor: number | null;
};

/**
 * Keyset pagination on the sample index: each page is an index range scan ((datasetId, index) or, with a split
 * filter, (datasetId, split, index)), so page 10,000 costs what page 1 does. The substring search is an ILIKE
 * filter on that scan: fast when matches are common, a full pass over the dataset's rows when they are rare.
 */
export async function findSamples(datasetId: string, query: TSampleQuery, db: TPrisma = prisma): Promise<TSamplePage> {
  const backwards = query.before !== undefined;
  const filters = [Prisma.sql`"datasetId" = ${datasetId}::uuid`];
  if (query.before !== undefined) filters.push(Prisma.sql`index < ${query.before}`);
  else if (query.cursor !== undefined) filters.push(Prisma.sql`index > ${query.cursor}`);
  if (query.split) filters.push(Prisma.sql`split = ${query.split}::"Split"`);
  if (query.label !== undefined) filters.push(Prisma.sql`expected = ${query.label}`);
  if (query.q !== undefined) filters.push(Prisma.sql`input ILIKE ${`%${escapeLike(query.q)}%`}`);
  // Without statistics on a freshly ingested dataset (or with a search the planner thinks is rare) Postgres picks a
  // bitmap scan of every row of the dataset and a sort: seconds for a million rows. Walking the index in order and
  // stopping at the page's end is always the right plan here, so the others are switched off for this query.
  const [, , , rows] = await db.$transaction([
    db.$executeRaw`SET LOCAL enable_bitmapscan = off`,
    db.$executeRaw`SET LOCAL enable_seqscan = off`,
    db.$executeRaw`SET LOCAL enable_sort = off`,
    db.$queryRaw<TSampleRow[]>`
      SELECT index, split::text AS split, "externalId", input, expected, metadata
      FROM "Sample"
      WHERE ${Prisma.join(filters, " AND ")}
      ORDER BY index ${backwards ? Prisma.sql`DESC` : Prisma.sql`ASC`}
      LIMIT ${query.limit + 1}`,
  ]);
  const more = rows.length > query.limit;
  const page = rows.slice(0, query.limit);
  if (backwards) page.reverse();
  const first = page[0]?.index ?? null;
  const last = page[page.length - 1]?.index ?? null;
  if (backwards) return { samples: page, nextCursor: last, prevCursor: more ? first : null };
  const hasPrevious = query.cursor !== undefined && query.cursor >= 0;
  return { samples: page, nextCursor: more ? last : null, prevCursor: hasPrevious ? first : null };
}

/** The page the API shows: null when there is no such dataset. */
export async function findSamplePage(
  datasetId: string,
  query: TSampleQuery,
  db: TPrisma = prisma,
): Promise<TSamplePage | null> {
  if (!ZDatasetId.safeParse(datasetId).success) return null;
  const exists = await db.dataset.findUnique({ where: { id: datasetId }, select: { id: true } });
  if (!exists) return null;
  return findSamples(datasetId, query, db);
}

/** For pages: the query string as the sample browser understands it, falling back to the first page on nonsense. */
export function readSampleQuery(params: TSearchParams): TSampleQuery {
  const parsed = ZSampleQuery.safeParse(firstValues(params));
  return parsed.success ? parsed.data : ZSampleQuery.parse({});
}

/** `%` and `_` in the search text are literal characters, not wildcards. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}
