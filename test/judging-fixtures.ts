import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { Redis } from "ioredis";
import type { TPrisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { createProducer } from "@/lib/queue/producer";
import { createRunQueue } from "@/lib/runs/queue";
import { createJudgingQueue } from "@/lib/judging/queue";
import { dataFile } from "@/test/data";

// Test-only helpers for the judging integration tests.

const MEDQUAD = dataFile("medquad-qa-1000.jsonl");

export type TQaRow = { question: string; answer: string };

/** The first `count` MedQuAD questions with their reference answers. */
export async function readMedquadRows(count: number): Promise<TQaRow[]> {
  const lines = (await readFile(MEDQUAD, "utf8")).split("\n").filter((line) => line.trim() !== "");
  return lines.slice(0, count).map((line) => {
    const row = JSON.parse(line) as { question: string; answer: string };
    return { question: row.question, answer: row.answer };
  });
}

/** An open-QA dataset written straight to Postgres, every sample TEST; `metadata[i]` goes to sample i. */
export async function seedQaDataset(
  db: TPrisma,
  rows: readonly TQaRow[],
  metadata: (index: number) => Record<string, string> | undefined = () => undefined,
) {
  const dataset = await db.dataset.create({
    data: {
      name: `medquad-${randomUUID().slice(0, 8)}`,
      task: "OPEN_QA",
      labels: [],
      sourceFileName: "medquad-qa-1000.jsonl",
      sourceSha256: "0".repeat(64),
      sourceBytes: 0,
      columnMapping: { input: "question", expected: "answer" },
      rowCount: rows.length,
      trainCount: 0,
      testCount: rows.length,
    },
  });
  await db.sample.createMany({
    data: rows.map((row, index) => ({
      datasetId: dataset.id,
      index,
      split: "TEST" as const,
      input: row.question,
      expected: row.answer,
      ...(metadata(index) ? { metadata: metadata(index) } : {}),
    })),
  });
  const samples = await db.sample.findMany({ where: { datasetId: dataset.id }, orderBy: { index: "asc" } });
  return { datasetId: dataset.id, samples };
}

/** Run and judging queues in a namespace of their own. */
export function isolatedQueues() {
  const prefix = `evalboard-test-${randomUUID().slice(0, 8)}`;
  const redisUrl = env.REDIS_URL;
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  const producer = createProducer({ prefix, redis });
  return {
    prefix,
    redisUrl,
    runQueue: createRunQueue(producer),
    judgingQueue: createJudgingQueue(producer),
    async close() {
      await producer.close();
      redis.disconnect();
    },
  };
}
