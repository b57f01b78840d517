import { randomUUID } from "node:crypto";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { createJobDeps } from "@/lib/jobs/deps";
import { runJobs } from "@/lib/runs/kind";
import { startLlmServer } from "@/test/llm-server/server";
import type { THandler } from "@/test/llm-server/types";
import { createTestRun, seedEndpoint, seedMedicalDataset } from "@/test/runs-harness";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});
afterAll(async () => {
  await prisma.$disconnect();
});

const noQueue = { prefix: "evalboard-test-process-chunk", enqueueDispatch: async () => {} };

/** A RUNNING run of the 200 medical abstracts (chunk 0: 50 samples) at `generation`, answered by `handler`. */
async function runningRun(handler: THandler, generation: number) {
  const server = await startLlmServer({ handler });
  cleanups.push(() => server.close());
  const dataset = await seedMedicalDataset(prisma);
  // A model name of its own: no answer cached by another test is found in the response cache.
  const model = `test-model-${randomUUID().slice(0, 8)}`;
  const endpointId = await seedEndpoint(prisma, { baseUrl: server.url, model, maxConcurrency: 8 });
  const runId = await createTestRun(prisma, noQueue, dataset.datasetId, endpointId);
  await prisma.run.update({ where: { id: runId }, data: { status: "RUNNING", startedAt: new Date(), generation } });
  return { server, runId };
}

describe("processing one chunk", () => {
  it("skips a chunk of an older generation without calling the model, and does the current one", async () => {
    const { server, runId } = await runningRun(() => ({ content: "Neoplasms" }), 1);
    const deps = createJobDeps();
    // Queued before the resume that moved the job to generation 1: its items are queued again under generation 1.
    expect(await runJobs.processChunk(deps, { id: runId, chunk: 0, generation: 0 })).toEqual({ written: 0 });
    expect(server.calls.total()).toBe(0);
    expect(await runJobs.processChunk(deps, { id: runId, chunk: 0, generation: 1 })).toEqual({ written: 50 });
    expect(server.calls.total()).toBe(50);
  });

  it("fails only after every call of the chunk finished when one item throws, so no item is freed mid-call", async () => {
    const { server, runId } = await runningRun(() => ({ content: "Neoplasms", delayMs: 200 }), 0);
    const real = createJobDeps();
    // One item's call throws (a Postgres error while failing the job, say) while the chunk's other calls are going.
    let calls = 0;
    const deps = {
      ...real,
      callModel: async (call: Parameters<typeof real.callModel>[0]) => {
        calls += 1;
        if (calls === 1) throw new Error("injected failure");
        return real.callModel(call);
      },
    };
    await expect(runJobs.processChunk(deps, { id: runId, chunk: 0 })).rejects.toThrow(/injected failure/);
    // Had the chunk failed at once, the other calls would still be going, their items free to be handed out (and
    // paid for) again: all 49 other calls were made and their rows written before it failed.
    expect(server.calls.total()).toBe(49);
    expect(await prisma.output.count({ where: { runId } })).toBe(49);
  });
});
