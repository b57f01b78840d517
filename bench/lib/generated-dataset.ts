import { prisma } from "@/lib/db/prisma";

export const BENCH_LABELS = ["cardiology", "neoplasms", "digestive", "nervous", "general"];

type TGeneratedDataset = {
  name: string;
  task?: "CLASSIFICATION" | "OPEN_QA";
  labels?: string[];
  /** TEST samples (indexes 0 … test - 1), then `train` TRAIN ones. */
  test: number;
  train?: number;
};

/** A dataset row with no file behind it, for samples generated in SQL: the benches measure engines, not the ingest. */
export function createGeneratedDataset({
  name,
  task = "CLASSIFICATION",
  labels = BENCH_LABELS,
  test,
  train = 0,
}: TGeneratedDataset) {
  return prisma.dataset.create({
    data: {
      name,
      task,
      labels,
      sourceFileName: "generated",
      sourceSha256: "0".repeat(64),
      sourceBytes: 0,
      columnMapping: {},
      rowCount: test + train,
      trainCount: train,
      testCount: test,
    },
  });
}

/**
 * Classification samples generated in SQL: "Abstract i: " and `md5Repeats` md5 digests (4: ~150 characters, a
 * realistic length), the label cycling through `labels`; TEST first, then TRAIN.
 */
export async function insertGeneratedSamples(
  datasetId: string,
  {
    test,
    train = 0,
    labels = BENCH_LABELS,
    md5Repeats = 4,
  }: { test: number; train?: number; labels?: string[]; md5Repeats?: number },
): Promise<void> {
  await prisma.$executeRaw`
    INSERT INTO "Sample" ("datasetId", index, split, input, expected)
    SELECT ${datasetId}::uuid, i, CASE WHEN i < ${test} THEN 'TEST' ELSE 'TRAIN' END::"Split",
           'Abstract ' || i || ': ' || repeat(md5(i::text), ${md5Repeats}::int), (${labels}::text[])[1 + i % ${labels.length}::int]
    FROM generate_series(0, ${test + train - 1}) AS i`;
}
