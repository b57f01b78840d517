import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import {
  computeClassificationMetrics,
  mcnemarDetectableDifference,
  wilson,
  type TClassificationRow,
} from "@/lib/metrics";
import { getLeaderboard } from "./view";
import { getClassificationLeaderboard } from "./classification";
import { seedTestDataset } from "@/test/seed-test-dataset";

afterAll(async () => {
  await prisma.$disconnect();
});

const LABELS = ["a", "b"];
const EXPECTED = ["a", "a", "a", "a", "a", "b", "b", "b", "b", "b"];
const other = (label: string) => (label === "a" ? "b" : "a");

/** What a model said for one sample: a label, "invalid" or "error". */
type TAnswer = string;

function seedDataset() {
  return seedTestDataset(prisma, {
    name: "leaderboard",
    task: "CLASSIFICATION",
    labels: LABELS,
    expected: EXPECTED,
    input: (index) => `text ${index}`,
  });
}

async function seedRun(
  seed: Awaited<ReturnType<typeof seedDataset>>,
  name: string,
  status: "COMPLETED" | "RUNNING" | "FAILED",
  answers: TAnswer[],
  output: (index: number) => {
    promptTokens?: number;
    completionTokens?: number;
    latencyMs?: number;
    cached?: boolean;
  } = () => ({}),
  priced = false,
  /** The first sample answered: runs over disjoint samples stand for runs on different splits. */
  from = 0,
) {
  // Priced endpoints cost $1 (input) and $2 (output) per million tokens.
  const prices = priced ? { inputPricePerM: 1, outputPricePerM: 2 } : {};
  const endpoint = await prisma.modelEndpoint.create({
    data: { name: `${name}-${seed.suffix}`, baseUrl: "http://127.0.0.1:9/v1", model: name, tags: [name], ...prices },
  });
  const run = await prisma.run.create({
    data: {
      datasetId: seed.dataset.id,
      endpointId: endpoint.id,
      task: "CLASSIFICATION",
      status,
      promptTemplate: "{input}",
      total: EXPECTED.length,
    },
  });
  await prisma.output.createMany({
    data: answers.map((answer, index) => {
      const base = { runId: run.id, sampleId: seed.sampleIds[from + index]!, ...output(index) };
      if (answer === "error")
        return { ...base, errorKind: "timeout", promptTokens: null, completionTokens: null, latencyMs: 9_999 };
      if (answer === "invalid") return { ...base, rawText: "no idea", valid: false, correct: false };
      return { ...base, rawText: answer, parsedLabel: answer, valid: true, correct: answer === EXPECTED[index] };
    }),
  });
  return run.id;
}

/** The row-level path of lib/metrics, as an independent check of the SQL aggregation. */
function toRows(answers: TAnswer[]): TClassificationRow[] {
  return answers.map((answer, index) => ({
    expected: EXPECTED[index]!,
    predicted: answer === "invalid" || answer === "error" ? null : answer,
    valid: answer !== "invalid" && answer !== "error",
    error: answer === "error",
  }));
}

describe("getClassificationLeaderboard", () => {
  it("computes one row per completed or running run, with intervals, cost, latency and McNemar against the best", async () => {
    const seed = await seedDataset();
    // Best: right on samples 0-8, invalid on 9. Priced ($0.002 per answer at list price), sample 0 from the cache.
    const best = [...EXPECTED.slice(0, 9), "invalid"];
    const bestId = await seedRun(
      seed,
      "best",
      "COMPLETED",
      best,
      (index) => ({ promptTokens: 1_000, completionTokens: 500, latencyMs: (index + 1) * 100, cached: index === 0 }),
      true,
    );
    // Close: right on 0, 1, 5, 6, 9; wrong label on 2, 7, 8; invalid on 3; error (a failed call) on 4. Unpriced.
    const close = ["a", "a", "b", "invalid", "error", "b", "b", "a", "a", "b"];
    const closeId = await seedRun(seed, "close", "COMPLETED", close, () => ({ latencyMs: 300 }));
    // Bad: always the other label.
    const bad = EXPECTED.map(other);
    const badId = await seedRun(
      seed,
      "bad",
      "COMPLETED",
      bad,
      () => ({ promptTokens: 500, completionTokens: 250, latencyMs: 50 }),
      true,
    );
    // Running with a perfect score so far, and a failed call on sample 3: too young to be the best.
    const runningId = await seedRun(seed, "running", "RUNNING", [...EXPECTED.slice(0, 3), "error"]);
    await seedRun(seed, "failed", "FAILED", EXPECTED);

    const rows = await getClassificationLeaderboard(
      prisma,
      { id: seed.dataset.id, labels: LABELS },
      { bootstrapSamples: 200 },
    );
    expect(rows.map((row) => row.runId)).toEqual([bestId, closeId, badId, runningId]);
    const [bestRow, closeRow, badRow, runningRow] = rows;

    for (const [row, answers] of [
      [bestRow, best],
      [closeRow, close],
      [badRow, bad],
    ] as const) {
      const expected = computeClassificationMetrics(toRows(answers), LABELS, { samples: 200 });
      expect(row?.validRate).toEqual(expected.validRate);
      expect(row?.validAccuracy).toEqual(expected.validAccuracy);
      expect(row?.accuracy).toEqual(expected.accuracy);
      expect(row?.macroF1).toEqual(expected.macroF1);
    }
    expect(closeRow).toMatchObject({ answered: 9, errors: 1, costPer1k: null, latencyP50Ms: 300 });
    expect(closeRow?.validRate).toEqual(wilson(8, 9));
    expect(closeRow?.validAccuracy).toEqual(wilson(5, 8));
    expect(closeRow?.accuracy).toEqual(wilson(5, 9));
    // 10 answers at $0.002 = $2 per 1,000; latency over the 9 live calls 200..1000 ms.
    expect(bestRow).toMatchObject({ answered: 10, errors: 0, isBest: true, comparison: null, latencyP50Ms: 600 });
    expect(bestRow?.costPer1k).toBeCloseTo(2, 10);
    expect(bestRow?.accuracy.estimate).toBe(0.9);

    // close vs best, on the 9 samples both answered (close's failed call on 4 is not an answer): best-only right on
    // 2, 3, 7, 8 (b = 4), close-only right on 9 (c = 1): p = 2 * (1 + 5) / 32.
    expect(closeRow?.comparison).toMatchObject({ b: 4, c: 1, notSignificantlyWorse: true });
    expect(closeRow?.comparison?.pValue).toBeCloseTo(12 / 32, 12);
    // 9 shared pairs, 5 discordant: even δ = ψ needs 1.96² / (5/9) ≈ 6.9 pairs, so something is detectable.
    expect(closeRow?.comparison?.shared).toBe(9);
    expect(closeRow?.comparison?.detectableDifference).toBe(mcnemarDetectableDifference(9, 5 / 9));
    // bad vs best: b = 9, c = 0: p = 2 / 2^9.
    expect(badRow?.comparison?.b).toBe(9);
    expect(badRow?.comparison?.c).toBe(0);
    expect(badRow?.comparison?.pValue).toBeCloseTo(2 / 512, 12);
    expect(badRow?.comparison?.notSignificantlyWorse).toBe(false);
    // The running run (counted in SQL) is compared on the 3 samples both answered: its failed call on sample 3, which
    // the best got right, is left out, so there is no discordant pair.
    expect(runningRow).toMatchObject({
      partial: true,
      answered: 3,
      isBest: false,
      costPer1k: null,
      latencyP50Ms: null,
    });
    expect(runningRow?.comparison).toMatchObject({
      b: 0,
      c: 0,
      pValue: 1,
      notSignificantlyWorse: true,
      detectableDifference: null,
    });
  });

  it("gives no verdict to a run that shares no answered sample with the best (another split)", async () => {
    const seed = await seedDataset();
    const bestId = await seedRun(seed, "first-half", "COMPLETED", EXPECTED.slice(0, 5));
    const otherId = await seedRun(seed, "second-half", "COMPLETED", EXPECTED.slice(5).map(other), undefined, false, 5);
    const rows = await getClassificationLeaderboard(
      prisma,
      { id: seed.dataset.id, labels: LABELS },
      { bootstrapSamples: 50 },
    );
    expect(rows.map((row) => [row.runId, row.isBest, row.comparison])).toEqual([
      [bestId, true, null],
      [otherId, false, null],
    ]);
  });

  it("returns no rows for a dataset without runs, and 404s an unknown dataset", async () => {
    const seed = await seedDataset();
    await expect(getLeaderboard(prisma, seed.dataset.id)).resolves.toMatchObject({ rows: [] });
    await expect(getLeaderboard(prisma, randomUUID())).rejects.toMatchObject({ status: 404 });
  });
});
