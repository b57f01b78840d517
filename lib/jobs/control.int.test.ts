import { afterAll, describe, expect, it } from "vitest";
import { POST as resumeJudgingRoute } from "@/app/api/judgings/[id]/resume/route";
import { POST as resumeRunRoute } from "@/app/api/runs/[id]/resume/route";
import { prisma } from "@/lib/db/prisma";
import type { TJobStatus } from "@/lib/jobs/kind";
import { resumeJudging } from "@/lib/judging/control";
import { createJudgings } from "@/lib/judging/create";
import { getProducer } from "@/lib/queue/producer";
import { rerunFailedSamples, resumeRun } from "@/lib/runs/control";
import { seedQaDataset } from "@/test/judging-fixtures";
import { createTestRun, seedEndpoint, seedMedicalDataset } from "@/test/runs-harness";

afterAll(async () => {
  await getProducer().close();
  await prisma.$disconnect();
});

/** Records what would have been queued, without Redis. */
function recordingQueue() {
  const dispatched: string[] = [];
  return {
    prefix: "evalboard-test-control",
    dispatched,
    enqueueDispatch: async (id: string) => void dispatched.push(id),
  };
}

const endpointId = await seedEndpoint(prisma, { baseUrl: "http://127.0.0.1:9/v1" });
const medical = await seedMedicalDataset(prisma);
const qa = await seedQaDataset(
  prisma,
  [0, 1, 2].map((i) => ({ question: `Question ${i}?`, answer: `Answer ${i}.` })),
);

async function runIn(status: TJobStatus, startedAt: Date | null = new Date()) {
  const runId = await createTestRun(prisma, recordingQueue(), medical.datasetId, endpointId);
  await prisma.run.update({ where: { id: runId }, data: { status, startedAt } });
  return runId;
}

async function judgingIn(status: TJobStatus, startedAt: Date | null = new Date()) {
  const { ids } = await createJudgings(prisma, recordingQueue(), {
    judgeEndpointId: endpointId,
    datasetId: qa.datasetId,
  });
  await prisma.judging.update({ where: { id: ids[0]! }, data: { status, startedAt } });
  return ids[0]!;
}

const withId = (id: string) => ({ params: Promise.resolve({ id }) });
const post = (url: string) => new Request(url, { method: "POST" });

describe("resume", () => {
  it.each(["QUEUED", "RUNNING", "COMPLETED"] as const)("refuses a %s run or judging with a 409", async (status) => {
    const runId = await runIn(status);
    const judgingId = await judgingIn(status);
    const queue = recordingQueue();
    await expect(resumeRun(prisma, queue, runId)).rejects.toMatchObject({ status: 409, code: "run_not_resumable" });
    await expect(resumeJudging(prisma, queue, judgingId)).rejects.toMatchObject({
      status: 409,
      code: "judging_not_resumable",
    });
    expect(queue.dispatched).toEqual([]);
    const run = await prisma.run.findUniqueOrThrow({ where: { id: runId } });
    expect({ status: run.status, generation: run.generation }).toEqual({ status, generation: 0 });
    expect((await prisma.judging.findUniqueOrThrow({ where: { id: judgingId } })).status).toBe(status);
  });

  it.each(["CANCELLED", "FAILED"] as const)("restarts a %s run or judging under a new generation", async (status) => {
    const runId = await runIn(status);
    const judgingId = await judgingIn(status);
    const queue = recordingQueue();
    await resumeRun(prisma, queue, runId);
    await resumeJudging(prisma, queue, judgingId);
    expect(queue.dispatched).toEqual([runId, judgingId]);
    expect(await prisma.run.findUniqueOrThrow({ where: { id: runId } })).toMatchObject({
      status: "RUNNING",
      generation: 1,
      errorMessage: null,
      finishedAt: null,
    });
    expect(await prisma.judging.findUniqueOrThrow({ where: { id: judgingId } })).toMatchObject({
      status: "RUNNING",
      generation: 1,
    });
  });

  it("restarts once when resume or re-run failed is clicked twice at the same time: one generation, one 409", async () => {
    for (const restart of [resumeRun, rerunFailedSamples]) {
      const runId = await runIn("FAILED");
      const queue = recordingQueue();
      const results = await Promise.allSettled([restart(prisma, queue, runId), restart(prisma, queue, runId)]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((result) => result.status === "rejected");
      expect(refused?.reason).toMatchObject({ status: 409 });
      expect(queue.dispatched).toEqual([runId]);
      expect(await prisma.run.findUniqueOrThrow({ where: { id: runId } })).toMatchObject({
        status: "RUNNING",
        generation: 1,
      });
    }
  });

  it("sends a judging cancelled before it started back to waiting, and a run straight to running", async () => {
    const runId = await runIn("CANCELLED", null);
    const judgingId = await judgingIn("CANCELLED", null);
    const queue = recordingQueue();
    await resumeRun(prisma, queue, runId);
    await resumeJudging(prisma, queue, judgingId);
    const run = await prisma.run.findUniqueOrThrow({ where: { id: runId } });
    expect(run.status).toBe("RUNNING");
    expect(run.startedAt).not.toBeNull(); // the live rate is measured from it
    expect((await prisma.judging.findUniqueOrThrow({ where: { id: judgingId } })).status).toBe("QUEUED");
  });

  it("answers POST /api/runs/<completed>/resume and /api/judgings/<completed>/resume with a 409 error body", async () => {
    const runId = await runIn("COMPLETED");
    const judgingId = await judgingIn("COMPLETED");
    const runResponse = await resumeRunRoute(post(`http://127.0.0.1/api/runs/${runId}/resume`), withId(runId));
    expect(runResponse.status).toBe(409);
    expect(await runResponse.json()).toMatchObject({ error: { code: "run_not_resumable" } });
    const judgingResponse = await resumeJudgingRoute(
      post(`http://127.0.0.1/api/judgings/${judgingId}/resume`),
      withId(judgingId),
    );
    expect(judgingResponse.status).toBe(409);
    expect(await judgingResponse.json()).toMatchObject({ error: { code: "judging_not_resumable" } });
    expect((await prisma.run.findUniqueOrThrow({ where: { id: runId } })).status).toBe("COMPLETED");
  });
});
