import { z } from "zod";
import { firstValues, type TSearchParams } from "@/lib/api/search-params";
import { ApiError } from "@/lib/api/errors";
import { ZNoNulText } from "@/lib/api/text";
import { Prisma } from "@/lib/db/generated/client";
import { prisma, type TPrisma } from "@/lib/db/prisma";
import type { TSampleSplit } from "./mapping";
import { ZDatasetId } from "./queries";
import { pickSampleVersion, ZSampleVersionParam, type TSampleVersion } from "./sample-version";

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
  /** The dataset version whose labels and removals the rows show ("2" or "v2"); absent: the latest. */
  version: ZSampleVersionParam.optional(),
  /** "1": only the rows the version relabelled or removed (compared with the upload). */
  changed: z
    .enum(["1", "true", "0", "false", ""])
    .optional()
    .transform((value) => value === "1" || value === "true"),
});

export type TSampleQuery = z.infer<typeof ZSampleQuery>;

export type TSampleRow = {
  index: number;
  split: TSampleSplit;
  externalId: string | null;
  input: string;
  expected: string;
  metadata: Record<string, string> | null;
  /** The label as uploaded when the version corrected it; null when unchanged. */
  uploadedExpected: string | null;
  /** Left out of the version (shown, not hidden, so the numbering stays readable). */
  removed: boolean;
  /** The first version with the row's current correction or removal; null when the row is as uploaded. */
  changedIn: number | null;
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
 * On a version, each row's override is one primary-key probe (versionId, sampleId); the label filter matches the
 * version's label. `changedIn` is looked up only for the page's rows, after the LIMIT.
 */
export async function findSamples(
  datasetId: string,
  query: TSampleQuery,
  db: TPrisma = prisma,
  version: Pick<TSampleVersion, "id" | "number"> | null = null,
): Promise<TSamplePage> {
  const backwards = query.before !== undefined;
  const versionId = version?.id ?? null;
  const expected = Prisma.sql`coalesce(o.expected, s.expected)`;
  const filters = [Prisma.sql`s."datasetId" = ${datasetId}::uuid`];
  if (query.before !== undefined) filters.push(Prisma.sql`s.index < ${query.before}`);
  else if (query.cursor !== undefined) filters.push(Prisma.sql`s.index > ${query.cursor}`);
  if (query.split) filters.push(Prisma.sql`s.split = ${query.split}::"Split"`);
  if (query.label !== undefined) filters.push(Prisma.sql`${expected} = ${query.label}`);
  if (query.q !== undefined) filters.push(Prisma.sql`s.input ILIKE ${`%${escapeLike(query.q)}%`}`);
  // createVersion drops a correction back to the uploaded label, so any override row is a change.
  const changedOnly = query.changed && versionId !== null;
  if (query.changed && versionId === null) filters.push(Prisma.sql`false`);
  const join = changedOnly ? Prisma.sql`JOIN` : Prisma.sql`LEFT JOIN`;
  // Without statistics on a freshly ingested dataset (or with a search the planner thinks is rare) Postgres picks a
  // bitmap scan of every row of the dataset and a sort: seconds for a million rows. Walking the index in order and
  // stopping at the page's end is always the right plan here, so the others are switched off for this query. The
  // changed-only view may sort: it starts from the version's overrides, which are few.
  const [, , , rows] = await db.$transaction([
    db.$executeRaw`SET LOCAL enable_bitmapscan = off`,
    db.$executeRaw`SET LOCAL enable_seqscan = off`,
    changedOnly ? db.$executeRaw`SET LOCAL enable_sort = on` : db.$executeRaw`SET LOCAL enable_sort = off`,
    db.$queryRaw<TSampleRow[]>`
      SELECT p.index, p.split, p."externalId", p.input, p.expected, p.metadata, p."uploadedExpected", p.removed,
        CASE WHEN p.changed THEN (
          SELECT min(v.number)::int FROM "SampleOverride" o2 JOIN "DatasetVersion" v ON v.id = o2."versionId"
          WHERE o2."sampleId" = p.id AND v."datasetId" = ${datasetId}::uuid AND v.number <= ${version?.number ?? 0}
            AND o2.excluded = p.removed AND o2.expected IS NOT DISTINCT FROM p."overrideExpected"
        ) END AS "changedIn"
      FROM (
        SELECT s.id, s.index, s.split::text AS split, s."externalId", s.input, ${expected} AS expected, s.metadata,
          CASE WHEN o.expected IS NOT NULL AND o.expected <> s.expected THEN s.expected END AS "uploadedExpected",
          coalesce(o.excluded, false) AS removed, o."sampleId" IS NOT NULL AS changed, o.expected AS "overrideExpected"
        FROM "Sample" s
        ${join} "SampleOverride" o ON o."versionId" = ${versionId}::uuid AND o."sampleId" = s.id
        WHERE ${Prisma.join(filters, " AND ")}
        ORDER BY s.index ${backwards ? Prisma.sql`DESC` : Prisma.sql`ASC`}
        LIMIT ${query.limit + 1}
      ) p
      ORDER BY p.index ${backwards ? Prisma.sql`DESC` : Prisma.sql`ASC`}`,
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
  const versions = await db.datasetVersion.findMany({
    where: { datasetId },
    orderBy: { number: "asc" },
    select: { id: true, number: true, labels: true, relabelledCount: true, excludedCount: true },
  });
  const picked = pickSampleVersion(versions, query.version);
  if (!picked.ok) throw new ApiError(404, "version_not_found", `version: ${picked.problem}`);
  return findSamples(datasetId, query, db, picked.version);
}

/**
 * For pages: the query string as the sample browser understands it, falling back to the first page on nonsense.
 * The version is read on its own: a malformed one is a problem to show (not silently the latest), while the other
 * filters still apply.
 */
export function readSampleQuery(params: TSearchParams): { query: TSampleQuery; problem: string | null } {
  const { version, ...rest } = firstValues(params);
  const parsed = ZSampleQuery.safeParse(rest);
  const query = parsed.success ? parsed.data : ZSampleQuery.parse({});
  if (version === undefined || version === "") return { query, problem: null };
  const number = ZSampleVersionParam.safeParse(version);
  if (!number.success) {
    return { query, problem: `"${version.slice(0, 40)}" is not a version number: use 1, 2, … (or v1, v2, …).` };
  }
  return { query: { ...query, version: number.data }, problem: null };
}

/** `%` and `_` in the search text are literal characters, not wildcards. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}
