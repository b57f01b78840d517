import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/prisma";
import { findLatencyPercentiles } from "@/lib/leaderboard/latency";
import { ZCompareQuery } from "./schemas";
import { getComparison as getAnyComparison } from "./view";
import { seedTestDataset } from "@/test/seed-test-dataset";

afterAll(async () => {
  await prisma.$disconnect();
});

async function getComparison(...args: Parameters<typeof getAnyComparison>) {
  const result = await getAnyComparison(...args);
  if (result.kind !== "classification") throw new Error(`expected a classification comparison, got ${result.kind}`);
  return result;
}

const EXPECTED = ["a", "a", "a", "a", "b", "b", "b", "b"];

function seedDataset(task: "CLASSIFICATION" | "OPEN_QA" = "CLASSIFICATION") {
  return seedTestDataset(prisma, {
    name: "compare",
    task,
    labels: ["a", "b"],
    expected: EXPECTED,
    input: (index) => (index === 3 ? `long ${"x".repeat(400)}` : `text ${index}`),
  });
}

/** answers[i]: a label, "invalid", "error", or undefined (no output yet). */
async function seedRun(
  seed: Awaited<ReturnType<typeof seedDataset>>,
  name: string,
  answers: (string | undefined)[],
  latency: (index: number) => { latencyMs: number | null; cached?: boolean } = () => ({ latencyMs: 100 }),
) {
  const endpoint = await prisma.modelEndpoint.create({
    data: { name: `${name}-${seed.suffix}`, baseUrl: "http://127.0.0.1:9/v1", model: name },
  });
  const run = await prisma.run.create({
    data: {
      datasetId: seed.dataset.id,
      endpointId: endpoint.id,
      task: seed.dataset.task,
      status: "COMPLETED",
      promptTemplate: "{input}",
      total: EXPECTED.length,
    },
  });
  const data: Prisma.OutputCreateManyInput[] = [];
  answers.forEach((answer, index) => {
    if (answer === undefined) return;
    const base = { runId: run.id, sampleId: seed.sampleIds[index]!, ...latency(index) };
    if (answer === "error") data.push({ ...base, errorKind: "timeout" });
    else if (answer === "invalid") data.push({ ...base, rawText: "no idea", valid: false, correct: false });
    else data.push({ ...base, rawText: answer, parsedLabel: answer, valid: true, correct: answer === EXPECTED[index] });
  });
  await prisma.output.createMany({ data });
  return run.id;
}

describe("getComparison", () => {
  // A: right on 0-5, wrong label on 6, invalid on 7.   B: right on 0, 1, 6, error on 2, invalid on 3,
  // wrong on 4, 5, no output for 7.  Both answered: 0, 1, 3-6 (6; B's failed call on 2 is not an answer).
  // Both right: 0, 1. Only A: 3, 4, 5. Only B: 6.
  const aAnswers = ["a", "a", "a", "a", "b", "b", "a", "invalid"];
  const bAnswers = ["a", "a", "error", "invalid", "a", "a", "b", undefined];

  it("counts the 2x2 table on shared samples and tests it with exact McNemar", async () => {
    const seed = await seedDataset();
    const a = await seedRun(seed, "a", aAnswers);
    const b = await seedRun(seed, "b", bAnswers);
    const result = await getComparison(prisma, ZCompareQuery.parse({ a, b }));
    expect(result.agreement).toMatchObject({ shared: 6, bothRight: 2, onlyA: 3, onlyB: 1, bothWrong: 0 });
    // P(X <= 1), X ~ Bin(4, 1/2) = 5/16; two-sided 10/16.
    expect(result.agreement.pValue).toBeCloseTo(10 / 16, 12);
    expect(result.dataset.id).toBe(seed.dataset.id);
    expect(result.disagreements.items.map((item) => item.index)).toEqual([3, 4, 5, 6]);
    const [invalid, wrong] = result.disagreements.items;
    expect(invalid?.b).toMatchObject({ rawText: "no idea", valid: false, correct: false });
    expect(invalid).toMatchObject({ truncated: true, expected: "a" });
    expect(invalid?.input).toHaveLength(280);
    expect(wrong?.truncated).toBe(false);
    expect(wrong?.b).toMatchObject({ label: "a", valid: true, correct: false, errorKind: null });
    expect(result.disagreements.nextCursor).toBeNull();

    // Swapping the runs swaps the sides and keeps the p-value.
    const swapped = await getComparison(prisma, ZCompareQuery.parse({ a: b, b: a }));
    expect(swapped.agreement).toMatchObject({ onlyA: 1, onlyB: 3, pValue: result.agreement.pValue });
  });

  it("pages the disagreements by sample index and filters one side", async () => {
    const seed = await seedDataset();
    const a = await seedRun(seed, "a", aAnswers);
    const b = await seedRun(seed, "b", bAnswers);
    const first = await getComparison(prisma, ZCompareQuery.parse({ a, b, limit: "2" }));
    expect(first.disagreements.items.map((item) => item.index)).toEqual([3, 4]);
    expect(first.disagreements.nextCursor).toBe(4);
    const second = await getComparison(prisma, ZCompareQuery.parse({ a, b, limit: "2", cursor: "4" }));
    expect(second.disagreements.items.map((item) => item.index)).toEqual([5, 6]);
    const onlyB = await getComparison(prisma, ZCompareQuery.parse({ a, b, side: "onlyB" }));
    expect(onlyB.disagreements.items.map((item) => item.index)).toEqual([6]);
    const onlyA = await getComparison(prisma, ZCompareQuery.parse({ a, b, side: "onlyA" }));
    expect(onlyA.disagreements.items.map((item) => item.index)).toEqual([3, 4, 5]);
  });

  it("refuses runs of different datasets, unknown runs and the same run twice", async () => {
    const one = await seedDataset();
    const other = await seedDataset();
    const a = await seedRun(one, "a", aAnswers);
    const b = await seedRun(other, "b", bAnswers);
    await expect(getComparison(prisma, ZCompareQuery.parse({ a, b }))).rejects.toMatchObject({ status: 422 });
    await expect(getComparison(prisma, ZCompareQuery.parse({ a, b: randomUUID() }))).rejects.toMatchObject({
      status: 404,
    });
    expect(ZCompareQuery.safeParse({ a, b: a }).success).toBe(false);
    // The reference answers of a classification dataset are right by definition: nothing to compare.
    await expect(getComparison(prisma, ZCompareQuery.parse({ a, b: "dataset" }))).rejects.toMatchObject({
      status: 422,
      code: "comparison_not_supported",
    });
  });
});

describe("findLatencyPercentiles", () => {
  it("interpolates percentiles over live calls only, and gives a run without them nulls", async () => {
    const seed = await seedDataset();
    // Latencies 100..800 ms; sample 0 is cached and 2 is an error: both left out.
    const timed = await seedRun(seed, "timed", ["a", "a", "error", "a", "b", "b", "b", "b"], (index) => ({
      latencyMs: (index + 1) * 100,
      cached: index === 0,
    }));
    const cached = await seedRun(seed, "cached", ["a", "a"], () => ({ latencyMs: 5, cached: true }));
    const [first, second] = await findLatencyPercentiles(prisma, [timed, cached]);
    // Live: 200, 400, 500, 600, 700, 800 → type 7: p50 = 550, p90 = 750, p99 = 795.
    expect(first).toMatchObject({ runId: timed, calls: 6, p50: 550, p90: 750 });
    expect(first?.p99).toBeCloseTo(795, 9);
    expect(second).toEqual({ runId: cached, calls: 0, p50: null, p90: null, p95: null, p99: null });
  });
});
