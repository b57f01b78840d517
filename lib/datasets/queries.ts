import { z } from "zod";
import { prisma, type TPrisma } from "@/lib/db/prisma";
import type { TLabelSplitCount } from "./ingest";
import type { TDatasetWarning } from "./label-tally";
import type { TColumnMapping, TDatasetTask } from "./mapping";

export const ZDatasetId = z.uuid();

export type TDatasetListItem = {
  id: string;
  name: string;
  task: TDatasetTask;
  rowCount: number;
  trainCount: number;
  testCount: number;
  labelCount: number;
  sourceFileName: string;
  createdAt: string;
};

export type TDatasetDetail = TDatasetListItem & {
  labels: string[];
  sourceSha256: string;
  sourceBytes: number;
  columnMapping: TColumnMapping;
  splitSeed: number | null;
  testFraction: number | null;
  warnings: TDatasetWarning[];
  /** Rows per label and split, most frequent label first; empty for open QA. */
  labelCounts: TLabelSplitCount[];
};

const listSelect = {
  id: true,
  name: true,
  task: true,
  rowCount: true,
  trainCount: true,
  testCount: true,
  labels: true,
  sourceFileName: true,
  createdAt: true,
} as const;

export async function findDatasets(db: TPrisma = prisma): Promise<TDatasetListItem[]> {
  const rows = await db.dataset.findMany({ select: listSelect, orderBy: { createdAt: "desc" } });
  return rows.map(({ labels, createdAt, ...row }) => ({
    ...row,
    labelCount: labels.length,
    createdAt: createdAt.toISOString(),
  }));
}

/** The dataset with its label distribution, or null when there is none with this id (ids that are not uuids too). */
export async function findDataset(id: string, db: TPrisma = prisma): Promise<TDatasetDetail | null> {
  if (!ZDatasetId.safeParse(id).success) return null;
  const row = await db.dataset.findUnique({ where: { id } });
  if (!row) return null;
  const stored = row.labelCounts as TLabelSplitCount[];
  // Counted at ingest; datasets written without them (older rows) fall back to one pass over the samples.
  const labelCounts =
    row.task !== "CLASSIFICATION" ? [] : stored.length > 0 ? stored : await countLabelsBySplit(id, db);
  return {
    id: row.id,
    name: row.name,
    task: row.task,
    rowCount: row.rowCount,
    trainCount: row.trainCount,
    testCount: row.testCount,
    labelCount: row.labels.length,
    sourceFileName: row.sourceFileName,
    createdAt: row.createdAt.toISOString(),
    labels: row.labels,
    sourceSha256: row.sourceSha256,
    sourceBytes: Number(row.sourceBytes),
    columnMapping: row.columnMapping as TColumnMapping,
    splitSeed: row.splitSeed,
    testFraction: row.testFraction,
    warnings: row.warnings as TDatasetWarning[],
    labelCounts,
  };
}

/** One pass over the dataset's rows: only for datasets ingested before labelCounts was stored. */
async function countLabelsBySplit(id: string, db: TPrisma): Promise<TLabelSplitCount[]> {
  return db.$queryRaw<TLabelSplitCount[]>`
    SELECT expected AS label,
           count(*) FILTER (WHERE split = 'TRAIN')::int AS train,
           count(*) FILTER (WHERE split = 'TEST')::int AS test
    FROM "Sample" WHERE "datasetId" = ${id}::uuid
    GROUP BY expected
    ORDER BY count(*) DESC, expected`;
}
