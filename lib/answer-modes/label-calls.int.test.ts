import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { createRuns } from "@/lib/runs/create";
import { getRunView } from "@/lib/runs/view";
import { forcedProbability, wrapAnswerModeSupport } from "@/test/llm-server/answer-modes";
import { startLlmServer } from "@/test/llm-server/server";
import type { THandler } from "@/test/llm-server/types";
import { isolatedRunQueue, seedEndpoint, startTestWorkers } from "@/test/runs-harness";
import { seedTestDataset } from "@/test/seed-test-dataset";

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  await prisma.$disconnect();
});

// "Card" starts both cardiac labels in the test tokeniser (pieces of 4 characters).
const LABELS = ["Cardiology", "Cardiac surgery", "Neoplasms"];
const SAMPLES = 6;

async function seedDataset() {
  const { dataset } = await seedTestDataset(prisma, {
    name: "label-calls",
    task: "CLASSIFICATION",
    labels: LABELS,
    expected: Array.from({ length: SAMPLES }, (_, index) => LABELS[index % LABELS.length]!),
    input: (index) => `abstract ${index}`,
  });
  return dataset.id;
}

describe("label scoring with one scoring call per label (test LLM server, workers process)", () => {
  it("divides mass the reply never resolved by scoring calls, or splits it evenly on an endpoint without them, and says which on the run", async () => {
    // The model answers Neoplasms, but unsure: its first token has 0.3 and "Card" (both cardiac labels) 0.7.
    const scoringCalls: string[][] = [];
    const model: THandler = (req) => {
      const choice = req.guided_choice;
      if (Array.isArray(choice) && choice.length === 1) scoringCalls.push(choice as string[]);
      return { content: "Neoplasms", alternatives: LABELS };
    };
    const server = await startLlmServer({ handler: wrapAnswerModeSupport("unsure", model) });
    cleanups.push(() => server.close());
    const datasetId = await seedDataset();
    const queues = isolatedRunQueue();
    cleanups.push(() => queues.close());
    const [scoring, noGuided] = await Promise.all([
      seedEndpoint(prisma, { baseUrl: server.url, model: "unsure-a", maxConcurrency: 4 }),
      seedEndpoint(prisma, { baseUrl: server.url, model: "unsure-b", maxConcurrency: 4 }),
    ]);
    // "Test connection" found that the second endpoint refuses guided choices: no scoring calls there.
    await prisma.modelEndpoint.update({
      where: { id: noGuided },
      data: {
        capabilities: {
          probedAt: new Date().toISOString(),
          JSON_SCHEMA: "supported",
          GUIDED_CHOICE: "rejected",
          LOGPROBS: "supported",
        },
      },
    });
    const create = async (endpointId: string) =>
      (
        await createRuns(prisma, queues.queue, {
          datasetId,
          endpointId,
          split: "TEST",
          shots: 0,
          temperature: 0,
          seed: 1,
          answerMode: "LOGPROBS",
        })
      ).ids[0]!;
    const calls = await create(scoring);
    const even = await create(noGuided);
    const workers = await startTestWorkers({ QUEUE_PREFIX: queues.prefix, REDIS_URL: queues.redisUrl });
    cleanups.push(async () => {
      workers.child.kill("SIGKILL");
      await workers.exited;
    });
    for (const id of [calls, even]) {
      await expect
        .poll(async () => (await prisma.run.findUniqueOrThrow({ where: { id } })).status, {
          timeout: 90_000,
          interval: 250,
        })
        .toBe("COMPLETED");
    }

    // One scoring call per cardiac label per sample, on the first endpoint only.
    expect(scoringCalls).toHaveLength(SAMPLES * 2);
    expect(new Set(scoringCalls.map((choice) => choice[0]))).toEqual(new Set(["Cardiology", "Cardiac surgery"]));

    // The forced labels' probabilities (the first token leaves the model's answer; the later ones 0.9 each, three
    // for "Cardiology", four for "Cardiac surgery") divide the 0.7 the reply gave "Card".
    const cardiology = forcedProbability("Cardiology") * 0.9 ** 2;
    const cardiac = forcedProbability("Cardiac surgery") * 0.9 ** 3;
    const shares = { Cardiology: (0.7 * cardiology) / (cardiology + cardiac), "Cardiac surgery": 0 };
    shares["Cardiac surgery"] = 0.7 - shares.Cardiology;
    const expected = (Object.entries(shares) as [string, number][]).reduce(
      (best, [label, mass]) => (mass > best.mass ? { label, mass } : best),
      { label: "Neoplasms", mass: 0.3 },
    );
    const scored = await prisma.output.findMany({ where: { runId: calls } });
    expect(scored).toHaveLength(SAMPLES);
    for (const output of scored) {
      expect(output).toMatchObject({ labelScoring: "per-label-calls", parsedLabel: expected.label, valid: true });
      expect(output.confidence).toBeCloseTo(expected.mass, 9);
      // The scoring calls' tokens are counted with the answer's.
      expect(output.attempts).toBe(3);
    }
    const split = await prisma.output.findMany({ where: { runId: even } });
    for (const output of split) {
      // 0.35 each for the cardiac labels: the first one wins over Neoplasms' 0.3.
      expect(output).toMatchObject({ labelScoring: "split-evenly", parsedLabel: "Cardiology", attempts: 1 });
      expect(output.confidence).toBeCloseTo(0.35, 9);
    }

    // The run says which method read its answers (stored with its calibration at completion).
    const view = await getRunView(prisma, calls);
    expect(view.calibration?.labelScoring).toEqual({ "per-label-calls": SAMPLES });
    expect((await getRunView(prisma, even)).calibration?.labelScoring).toEqual({ "split-evenly": SAMPLES });
  }, 180_000);
});
