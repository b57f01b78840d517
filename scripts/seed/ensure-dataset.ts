import { createReadStream } from "node:fs";
import { join } from "node:path";
import type pg from "pg";
import type { TPrisma } from "@/lib/db/prisma";
import { ingestDataset } from "@/lib/datasets/ingest";
import { mapRows } from "@/lib/datasets/mapping";
import { openDataset } from "@/lib/datasets/parse";
import { DEMO_DATA_DIR, DEMO_SPLIT, type TDemoDataset } from "./demo-plan";

export type TEnsuredDataset = { key: string; name: string; id: string; rowCount: number; created: boolean };

/** The dataset with this name, ingested from data/ through the same path as an upload if there is none yet. */
export async function ensureDataset(
  db: TPrisma,
  pool: pg.Pool,
  spec: TDemoDataset,
  dataDir: string = DEMO_DATA_DIR,
): Promise<TEnsuredDataset> {
  const existing = await db.dataset.findFirst({
    where: { name: spec.name },
    select: { id: true, rowCount: true },
    orderBy: { createdAt: "asc" },
  });
  if (existing) return { key: spec.key, name: spec.name, ...existing, created: false };

  const opened = await openDataset(createReadStream(join(dataDir, spec.file)), { fileName: spec.file });
  const result = await ingestDataset(pool, {
    name: spec.name,
    task: spec.task,
    fileName: spec.file,
    mapping: spec.mapping,
    splitColumnGuessed: false,
    testFraction: DEMO_SPLIT.testFraction,
    splitSeed: DEMO_SPLIT.seed,
    samples: mapRows(opened.rows, spec.mapping, { fileName: spec.file, task: spec.task, columns: opened.columns }),
    source: opened.uploadDigest,
  });
  return { key: spec.key, name: spec.name, id: result.id, rowCount: result.rowCount, created: true };
}
