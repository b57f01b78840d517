// Seeds for the drill-down and export integration tests: one dataset, one run, outputs of every kind, judgings.
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db/prisma";

export const LABELS = ["cardiology", "neoplasms"];

/** What the model said per TEST sample: a label, an invalid text ("!text"), or "error". */
export type TAnswer = string;

export async function seedRunWithOutputs(answers: TAnswer[], options: { shots?: number; trainRows?: number } = {}) {
  const suffix = randomUUID().slice(0, 8);
  const trainRows = options.trainRows ?? 4;
  const expected = answers.map((_, index) => LABELS[index % 2]!);
  const dataset = await prisma.dataset.create({
    data: {
      name: `outputs-${suffix}`,
      task: "CLASSIFICATION",
      labels: LABELS,
      sourceFileName: "outputs.csv",
      sourceSha256: "0".repeat(64),
      sourceBytes: 0,
      columnMapping: { input: "text", expected: "label" },
      rowCount: answers.length + trainRows,
      trainCount: trainRows,
      testCount: answers.length,
    },
  });
  await prisma.sample.createMany({
    data: [
      ...expected.map((label, index) => ({
        datasetId: dataset.id,
        index,
        split: "TEST" as const,
        input: `test abstract ${index} about ${label}`,
        expected: label,
      })),
      ...Array.from({ length: trainRows }, (_, i) => ({
        datasetId: dataset.id,
        index: answers.length + i,
        split: "TRAIN" as const,
        input: `train example ${i}`,
        expected: LABELS[i % 2]!,
      })),
    ],
  });
  const samples = await prisma.sample.findMany({
    where: { datasetId: dataset.id, split: "TEST" },
    orderBy: { index: "asc" },
  });
  const endpoint = await prisma.modelEndpoint.create({
    data: { name: `outputs-${suffix}`, baseUrl: "http://127.0.0.1:9/v1", model: "m" },
  });
  const run = await prisma.run.create({
    data: {
      datasetId: dataset.id,
      endpointId: endpoint.id,
      task: "CLASSIFICATION",
      status: "COMPLETED",
      promptTemplate: "Labels:\n{{labels}}\n{{examples}}Text: {{input}}",
      shots: options.shots ?? 0,
      seed: 3,
      total: answers.length,
    },
  });
  await prisma.output.createMany({
    data: answers.map((answer, index) => {
      const base = { runId: run.id, sampleId: samples[index]!.id, latencyMs: 100 + index, attempts: 1 };
      if (answer === "error") return { ...base, errorKind: "timeout", errorMessage: "timed out", attempts: 3 };
      if (answer.startsWith("!")) return { ...base, rawText: answer.slice(1), valid: false, correct: false };
      return { ...base, rawText: answer, parsedLabel: answer, valid: true, correct: answer === expected[index] };
    }),
  });
  return { suffix, datasetId: dataset.id, endpointId: endpoint.id, runId: run.id, samples, expected };
}

export async function seedJudging(
  seed: Awaited<ReturnType<typeof seedRunWithOutputs>>,
  scores: (number | null)[],
): Promise<string> {
  const judging = await prisma.judging.create({
    data: {
      datasetId: seed.datasetId,
      judgeEndpointId: seed.endpointId,
      runId: seed.runId,
      rubric: "r",
      status: "COMPLETED",
      total: scores.length,
    },
  });
  await prisma.judgement.createMany({
    data: scores.map((score, index) => ({
      judgingId: judging.id,
      sampleId: seed.samples[index]!.id,
      score,
      parseStatus: score === null ? "missing" : "ok",
      rationale: `rationale ${index}`,
      rawText: `Fine. Rating: [[${score ?? "?"}]]`,
    })),
  });
  return judging.id;
}
