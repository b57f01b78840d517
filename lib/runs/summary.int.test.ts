import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { getClassificationLeaderboard } from "@/lib/leaderboard/classification";
import { findLatencyPercentiles } from "@/lib/leaderboard/latency";
import type { TLeaderboardRow } from "@/lib/leaderboard/types";
import { isolatedRunQueue } from "@/test/runs-harness";
import { rerunFailedSamples } from "./control";
import { runJobs } from "./kind";
import { getClassificationMetrics } from "./queries";
import { findRunFigures } from "./summary";
import { seedTestDataset } from "@/test/seed-test-dataset";

const queues = isolatedRunQueue();
afterAll(async () => {
  await queues.close();
  await prisma.$disconnect();
});

const LABELS = ["a", "b", "c"];
const EXPECTED = ["a", "b", "c", "a", "b", "c", "a", "b", "c", "a", "b", "c"];

function seedDataset() {
  return seedTestDataset(prisma, {
    name: "summary",
    task: "CLASSIFICATION",
    labels: LABELS,
    expected: EXPECTED,
    input: (index) => `t${index}`,
  });
}

type TSeed = Awaited<ReturnType<typeof seedDataset>>;

/** Writes outputs for the given sample indexes: a label, "invalid", "error", or "z" (a valid label outside the set). */
async function writeOutputs(seed: TSeed, runId: string, answers: Record<number, string>) {
  await prisma.output.createMany({
    data: Object.entries(answers).map(([key, answer]) => {
      const index = Number(key);
      const base = {
        runId,
        sampleId: seed.sampleIds[index]!,
        latencyMs: 100 + index * 37,
        cached: index % 5 === 0,
        promptTokens: 200 + index,
        completionTokens: 3,
        cost: 0.0001 * index,
      };
      if (answer === "error") return { ...base, errorKind: "timeout", promptTokens: null, completionTokens: null };
      if (answer === "invalid") return { ...base, rawText: "?", valid: false, correct: false };
      return { ...base, rawText: answer, parsedLabel: answer, valid: true, correct: answer === EXPECTED[index] };
    }),
  });
}

async function seedRunningRun(seed: TSeed, name: string, answers: string[], priced: boolean) {
  const endpoint = await prisma.modelEndpoint.create({
    data: {
      name: `${name}-${seed.suffix}`,
      baseUrl: "http://127.0.0.1:9/v1",
      model: name,
      ...(priced ? { inputPricePerM: 0.3, outputPricePerM: 1.7 } : {}),
    },
  });
  const run = await prisma.run.create({
    data: {
      datasetId: seed.dataset.id,
      endpointId: endpoint.id,
      task: "CLASSIFICATION",
      status: "RUNNING",
      promptTemplate: "{input}",
      total: EXPECTED.length,
      lastIndex: EXPECTED.length - 1,
      queuePrefix: queues.prefix,
    },
  });
  await writeOutputs(seed, run.id, Object.fromEntries(answers.map((answer, index) => [index, answer])));
  return run.id;
}

const board = (seed: TSeed) =>
  getClassificationLeaderboard(prisma, { id: seed.dataset.id, labels: LABELS }, { bootstrapSamples: 300 });
/** A row without what only reflects the run's status. */
const figuresOf = ({ status: _, partial: __, ...row }: TLeaderboardRow) => row;

describe("run summaries", () => {
  it("a completed run's row, latency and run-page metrics from its summary equal the live aggregate", async () => {
    const seed = await seedDataset();
    const best = await seedRunningRun(seed, "best", [...EXPECTED.slice(0, 9), "invalid", "b", "error"], true);
    const other = await seedRunningRun(
      seed,
      "other",
      ["a", "c", "c", "z", "error", "c", "b", "b", "invalid", "a", "b", "a"],
      true,
    );
    // Worse than "best", so the best run is the same while all three are running and once two have completed.
    const partial = await seedRunningRun(seed, "partial", ["a", "a", "c", "b", "b"], false);
    const ids = [best, other, partial];

    const live = await board(seed);
    const liveLatency = await findLatencyPercentiles(prisma, ids);
    const liveMetrics = await getClassificationMetrics(prisma, { id: other, labels: LABELS });
    expect((await findRunFigures(prisma, ids)).get(best)?.fromSummary).toBe(false);

    expect(await runJobs.finalizeIfDone(prisma, best)).toBe(true);
    expect(await runJobs.finalizeIfDone(prisma, other)).toBe(true);
    expect(await runJobs.finalizeIfDone(prisma, partial)).toBe(false);
    const stored = await prisma.runSummary.findMany({ where: { runId: { in: ids } } });
    expect(stored.map((summary) => [summary.runId, summary.generation, summary.outputs]).sort()).toEqual(
      [
        [best, 0, 12],
        [other, 0, 12],
      ].sort(),
    );
    const figures = await findRunFigures(prisma, ids, { bits: true });
    expect([
      figures.get(best)?.fromSummary,
      figures.get(other)?.fromSummary,
      figures.get(partial)?.fromSummary,
    ]).toEqual([true, true, false]);

    const fromSummaries = await board(seed);
    expect(fromSummaries.map((row) => [row.runId, row.status])).toEqual([
      [best, "COMPLETED"],
      [other, "COMPLETED"],
      [partial, "RUNNING"],
    ]);
    expect(fromSummaries.map(figuresOf)).toEqual(live.map(figuresOf));
    // The numbers are real ones, not empty rows that happen to agree.
    expect(fromSummaries[0]).toMatchObject({ answered: 11, errors: 1, isBest: true });
    // 11 answers with 200 + i prompt tokens (i = 0..10) and 3 completion tokens, at $0.3 / $1.7 per million.
    expect(fromSummaries[0]?.costPer1k).toBeCloseTo((((0.3 * 2255 + 1.7 * 33) / 1e6) * 1000) / 11, 12);
    expect(fromSummaries[1]?.comparison?.b).toBeGreaterThan(0);
    expect(fromSummaries[0]?.latencyP50Ms).not.toBeNull();
    expect(await findLatencyPercentiles(prisma, ids)).toEqual(liveLatency);
    expect(await getClassificationMetrics(prisma, { id: other, labels: LABELS })).toEqual(liveMetrics);
  });

  it("re-running failed samples drops the summary; the next completion stores a fresh one", async () => {
    const seed = await seedDataset();
    const runId = await seedRunningRun(
      seed,
      "rerun",
      ["a", "error", "c", "a", "error", "c", "a", "b", "c", "a", "b", "c"],
      false,
    );
    await runJobs.finalizeIfDone(prisma, runId);
    const [before] = await board(seed);
    expect(before).toMatchObject({ answered: 10, errors: 2, status: "COMPLETED" });

    expect(await rerunFailedSamples(prisma, queues.queue, runId)).toEqual({ samples: 2 });
    expect(await prisma.runSummary.findUnique({ where: { runId } })).toBeNull();
    const [during] = await board(seed);
    expect(during).toMatchObject({ answered: 10, errors: 0, status: "RUNNING", partial: true });

    await writeOutputs(seed, runId, { 1: "b", 4: "invalid" });
    expect(await runJobs.finalizeIfDone(prisma, runId)).toBe(true);
    expect(await prisma.runSummary.findUnique({ where: { runId } })).toMatchObject({
      generation: 1,
      outputs: 12,
      errors: 0,
    });
    const [after] = await board(seed);
    expect(after).toMatchObject({ answered: 12, errors: 0, status: "COMPLETED" });
    expect(after?.accuracy.estimate).toBe(11 / 12);
  });

  it("ignores a summary from another generation and replaces it with the live aggregate", async () => {
    const seed = await seedDataset();
    const runId = await seedRunningRun(seed, "stale", EXPECTED, false);
    await runJobs.finalizeIfDone(prisma, runId);
    // As if the run had been resumed and completed again without its summary being refreshed.
    await prisma.run.update({ where: { id: runId }, data: { generation: 3 } });
    await prisma.runSummary.update({ where: { runId }, data: { answered: 999, cells: [] } });

    const [row] = await board(seed);
    expect(row).toMatchObject({ answered: 12, errors: 0 });
    expect(row?.accuracy.estimate).toBe(1);
    expect(await prisma.runSummary.findUnique({ where: { runId } })).toMatchObject({ generation: 3, answered: 12 });
  });
});
