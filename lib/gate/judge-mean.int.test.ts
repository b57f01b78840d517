import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { studentTQuantile } from "@/lib/metrics";
import { seedTestDataset } from "@/test/seed-test-dataset";
import { evaluateGate } from "./evaluate";
import { ZGateQuery } from "./schemas";

afterAll(async () => {
  await prisma.$disconnect();
});

const ANSWERS = Array.from({ length: 12 }, (_, i) => `answer ${i}`);

async function seedQaRun(seed: Awaited<ReturnType<typeof seedTestDataset>>, name: string) {
  const endpoint = await prisma.modelEndpoint.create({
    data: { name: `${name}-${seed.suffix}`, baseUrl: "http://127.0.0.1:9/v1", model: name },
  });
  const run = await prisma.run.create({
    data: {
      datasetId: seed.dataset.id,
      endpointId: endpoint.id,
      task: "OPEN_QA",
      status: "COMPLETED",
      promptTemplate: "{input}",
      total: ANSWERS.length,
    },
  });
  return { runId: run.id, endpointId: endpoint.id };
}

async function seedJudging(
  seed: Awaited<ReturnType<typeof seedTestDataset>>,
  runId: string,
  judgeEndpointId: string,
  notes: (number | null)[],
  rubric = "default",
) {
  const judging = await prisma.judging.create({
    data: { datasetId: seed.dataset.id, judgeEndpointId, runId, rubric, status: "COMPLETED", total: notes.length },
  });
  await prisma.judgement.createMany({
    data: notes.map((score, index) => ({
      judgingId: judging.id,
      sampleId: seed.sampleIds[index]!,
      score,
      parseStatus: score === null ? "missing" : "ok",
    })),
  });
}

describe("the gate on judge notes", () => {
  it("tests the paired notes of judgings by the same judge and rubric with a one-sided t bound", async () => {
    const seed = await seedTestDataset(prisma, {
      name: "gate-qa",
      task: "OPEN_QA",
      labels: [],
      expected: ANSWERS,
      input: (index) => `question ${index}`,
    });
    const baseline = await seedQaRun(seed, "baseline");
    const candidate = await seedQaRun(seed, "candidate");
    const judge = baseline.endpointId;
    const baselineNotes = [8, 7, 9, 6, 8, 7, 9, 8, 7, 8, 6, null];
    const candidateNotes = [7, 7, 8, 6, 8, 6, 9, 7, 7, 8, 6, 9];
    await seedJudging(seed, baseline.runId, judge, baselineNotes);
    await seedJudging(seed, candidate.runId, judge, candidateNotes);
    // Another rubric's notes are not on the same scale: never paired with the baseline's.
    await seedJudging(
      seed,
      candidate.runId,
      judge,
      ANSWERS.map(() => 1),
      "other rubric",
    );

    const query = ZGateQuery.parse({
      baseline: baseline.runId,
      candidate: candidate.runId,
      metric: "judgeMean",
      margin: "1",
    });
    const result = await evaluateGate(prisma, query);
    // 11 pairs (the baseline's last note is missing); differences candidate − baseline:
    const differences = candidateNotes.slice(0, 11).map((note, i) => note - baselineNotes[i]!);
    const mean = differences.reduce((sum, d) => sum + d, 0) / 11;
    const sd = Math.sqrt(differences.reduce((sum, d) => sum + (d - mean) ** 2, 0) / 10);
    expect(result).toMatchObject({ pairs: 11, judge: { id: judge }, metric: "judgeMean" });
    expect(result.difference).toBeCloseTo(mean, 12);
    // t(0.95, 10) = 1.812461 (published tables).
    expect(result.lower as number).toBeCloseTo(mean - (1.812461 * sd) / Math.sqrt(11), 5);
    expect(studentTQuantile(0.95, 10)).toBeCloseTo(1.812461, 5);
    // The bound is about −0.64 notes: inside a 1-note margin, outside a half-note one.
    expect(result.passed).toBe(true);
    const strict = await evaluateGate(prisma, { ...query, margin: 0.5 });
    expect(strict.passed).toBe(false);
  });
});
