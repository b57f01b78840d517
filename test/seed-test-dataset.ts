// A small dataset written straight to the test database (no upload): every sample in TEST, in the given order.
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
};

export async function seedTestDataset(db: TPrisma, options: TOptions) {
  const suffix = randomUUID().slice(0, 8);
  const qa = options.task === "OPEN_QA";
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
      trainCount: 0,
      testCount: options.expected.length,
    },
  });
  await db.sample.createMany({
    data: options.expected.map((expected, index) => ({
      datasetId: dataset.id,
      index,
      split: "TEST" as const,
      input: options.input(index),
      expected,
    })),
  });
  const samples = await db.sample.findMany({ where: { datasetId: dataset.id }, orderBy: { index: "asc" } });
  return { dataset, sampleIds: samples.map((sample) => sample.id), suffix };
}
