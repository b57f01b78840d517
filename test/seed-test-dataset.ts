// A small dataset written straight to the test database (no upload): its samples in the given order, the first
// `train` of them TRAIN and the rest TEST.
import { randomUUID } from "node:crypto";
import type { TPrisma } from "@/lib/db/prisma";

type TOptions = {
  /** Name prefix; a random suffix keeps parallel test files apart. */
  name: string;
  task: "CLASSIFICATION" | "OPEN_QA";
  labels: string[];
  /** One sample per entry: its label (classification) or reference answer (open QA). */
  expected: readonly string[];
  input: (index: number) => string;
  /** How many of the first samples are TRAIN (default 0: all TEST). */
  train?: number;
};

export async function seedTestDataset(db: TPrisma, options: TOptions) {
  const suffix = randomUUID().slice(0, 8);
  const qa = options.task === "OPEN_QA";
  const train = options.train ?? 0;
  const dataset = await db.dataset.create({
    data: {
      name: `${options.name}-${suffix}`,
      task: options.task,
      labels: options.labels,
      sourceFileName: qa ? `${options.name}.jsonl` : `${options.name}.csv`,
      sourceSha256: "0".repeat(64),
      sourceBytes: 0,
      columnMapping: qa ? { input: "question", expected: "answer" } : { input: "text", expected: "label" },
      rowCount: options.expected.length,
      trainCount: train,
      testCount: options.expected.length - train,
    },
  });
  await db.sample.createMany({
    data: options.expected.map((expected, index) => ({
      datasetId: dataset.id,
      index,
      split: index < train ? ("TRAIN" as const) : ("TEST" as const),
      input: options.input(index),
      expected,
    })),
  });
  const samples = await db.sample.findMany({ where: { datasetId: dataset.id }, orderBy: { index: "asc" } });
  return { dataset, samples, sampleIds: samples.map((sample) => sample.id), suffix };
}
