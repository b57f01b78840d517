import { randomUUID } from "node:crypto";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { ZRunView } from "@/lib/api/openapi/responses/runs";
import { prisma } from "@/lib/db/prisma";
import { cancelRun, resumeRun } from "@/lib/runs/control";
import { getRunView } from "@/lib/runs/view";
import { startLlmServer } from "@/test/llm-server/server";
import { isolatedRunQueue, seedEndpoint, seedMedicalDataset, startWorkersWithCleanup } from "@/test/runs-harness";
import { DEFAULT_FOLDS, L2_CANDIDATES } from "./cross-validate";
import { createClassifierRun } from "./create";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});
afterAll(async () => {
  await prisma.$disconnect();
});

// 150 TRAIN rows: two embeddings requests (128 + 22 texts), then 5 folds × 7 penalties, then the final fit.
const TRAIN = 150;
const CV_FITS = DEFAULT_FOLDS * L2_CANDIDATES.length;

type TAudited = {
  seq: number;
  runId: string;
  generation: number;
  stage: string;
  done: number;
  total: number;
  op: string;
};

/**
 * Every write to RunClassifierFitProgress, logged by a trigger into a table of this test's own: what the workers
 * wrote during the fit, in order, however fast the fit went by.
 */
async function auditFitProgress() {
  const name = `fit_audit_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  await prisma.$executeRawUnsafe(
    `CREATE TABLE ${name} (seq bigserial PRIMARY KEY, "runId" uuid, generation int, stage text, done int, total int, op text)`,
  );
  await prisma.$executeRawUnsafe(`
    CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE r record;
    BEGIN
      IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
      INSERT INTO ${name} ("runId", generation, stage, done, total, op)
      VALUES (r."runId", r.generation, r.stage::text, r.done, r.total, TG_OP);
      RETURN NULL;
    END $$`);
  await prisma.$executeRawUnsafe(
    `CREATE TRIGGER ${name} AFTER INSERT OR UPDATE OR DELETE ON "RunClassifierFitProgress" FOR EACH ROW EXECUTE FUNCTION ${name}()`,
  );
  cleanups.push(async () => {
    await prisma.$executeRawUnsafe(`DROP TRIGGER IF EXISTS ${name} ON "RunClassifierFitProgress"`);
    await prisma.$executeRawUnsafe(`DROP FUNCTION IF EXISTS ${name}()`);
    await prisma.$executeRawUnsafe(`DROP TABLE IF EXISTS ${name}`);
  });
  return (runId: string) =>
    prisma.$queryRawUnsafe<TAudited[]>(
      `SELECT seq::int, "runId"::text, generation, stage, done, total, op FROM ${name} WHERE "runId" = $1::uuid ORDER BY seq`,
      runId,
    );
}

async function setUp() {
  const server = await startLlmServer();
  cleanups.push(() => server.close());
  const { datasetId, rows } = await seedMedicalDataset(prisma, { trainCount: TRAIN });
  const endpointId = await seedEndpoint(prisma, { baseUrl: server.url, model: "hash-embed", apiKey: "sk-embed-1234" });
  const queues = isolatedRunQueue();
  cleanups.push(() => queues.close());
  await startWorkersWithCleanup(cleanups, queues.prefix, queues.redisUrl);
  const audited = await auditFitProgress();
  const create = () => createClassifierRun(prisma, queues.queue, { datasetId, endpointId });
  return { server, rows, queues, audited, create };
}

const statusOf = async (id: string) => (await prisma.run.findUniqueOrThrow({ where: { id } })).status;
const waitForStatus = (id: string, expected: string) =>
  expect.poll(() => statusOf(id), { timeout: 90_000, interval: 250 }).toBe(expected);
const progressRows = (runId: string) => prisma.runClassifierFitProgress.count({ where: { runId } });
const fitProgressOf = async (id: string) => (await getRunView(prisma, id)).classifierFitProgress;

/** The writes' steps by stage, in the order written. */
function stepsByStage(writes: TAudited[]) {
  const stages: { stage: string; done: number[]; total: number }[] = [];
  for (const write of writes.filter((row) => row.op !== "DELETE")) {
    const last = stages.at(-1);
    if (last?.stage === write.stage) last.done.push(write.done);
    else stages.push({ stage: write.stage, done: [write.done], total: write.total });
  }
  return stages;
}

describe("an embedding-classifier fit's progress (real Postgres, Redis, workers process, test LLM server)", () => {
  it("is in the run view while TRAIN is embedded, written stage by stage in order, and gone once fitted", async () => {
    const env = await setUp();
    env.server.embeddings.hold(0);
    const { id } = await env.create();
    // Both TRAIN requests sent and held: the fit is embedding, and the run page and API say so.
    await expect.poll(() => env.server.embeddings.requests(), { timeout: 60_000, interval: 100 }).toBe(2);
    await expect
      .poll(() => fitProgressOf(id), { timeout: 10_000, interval: 100 })
      .toEqual({
        stage: "EMBEDDING",
        done: 0,
        total: TRAIN,
        updatedAt: expect.any(Date),
      });
    const view = await getRunView(prisma, id);
    expect(view.classifier).toBeNull();
    expect(view.progress.done).toBe(0);
    expect(ZRunView.safeParse(view).success).toBe(true);

    env.server.embeddings.release();
    await waitForStatus(id, "COMPLETED");
    const stages = stepsByStage(await env.audited(id));
    expect(stages.map((stage) => stage.stage)).toEqual(["EMBEDDING", "CROSS_VALIDATION", "FINAL_FIT"]);
    expect(stages.map((stage) => stage.total)).toEqual([TRAIN, CV_FITS, 1]);
    for (const stage of stages) {
      // Each stage from its start to its end, never backwards, and throttled: never more writes than steps.
      expect(stage.done[0]).toBe(0);
      expect(stage.done.at(-1)).toBe(stage.total);
      expect(stage.done).toEqual([...stage.done].sort((a, b) => a - b));
      expect(new Set(stage.done).size).toBe(stage.done.length);
    }
    // The two requests answer in either order: 128 + 22 texts.
    expect(stages[0]!.done.every((done) => [0, 22, 128, TRAIN].includes(done))).toBe(true);
    // Stored, then its progress deleted: the page shows the fit, the table keeps nothing.
    expect((await env.audited(id)).at(-1)?.op).toBe("DELETE");
    expect(await progressRows(id)).toBe(0);
    expect(await prisma.runClassifier.count({ where: { runId: id } })).toBe(1);
    expect((await getRunView(prisma, id)).classifierFitProgress).toBeNull();
  });

  it("stops at its next step after a cancel, storing nothing; a resume fits again without paying TRAIN twice", async () => {
    const env = await setUp();
    env.server.embeddings.hold(0);
    const { id } = await env.create();
    await expect.poll(() => env.server.embeddings.requests(), { timeout: 60_000, interval: 100 }).toBe(2);
    await expect.poll(() => progressRows(id), { timeout: 10_000, interval: 100 }).toBe(1);

    await cancelRun(prisma, id);
    expect(await fitProgressOf(id)).toBeNull();
    // The held TRAIN answers arrive after the cancel: the fit's next step finds the run stopped and drops the fit.
    env.server.embeddings.release();
    await expect.poll(() => progressRows(id), { timeout: 30_000, interval: 100 }).toBe(0);
    // The progress row goes after the classifier is stored when a fit ends well: gone with none stored, it stopped.
    expect(await prisma.runClassifier.count({ where: { runId: id } })).toBe(0);
    expect(await prisma.output.count({ where: { runId: id } })).toBe(0);
    expect(await statusOf(id)).toBe("CANCELLED");
    const cancelled = await env.audited(id);
    expect(cancelled.some((write) => write.stage !== "EMBEDDING")).toBe(false);
    expect(cancelled.at(-1)?.op).toBe("DELETE");

    await resumeRun(prisma, env.queues.queue, id);
    await waitForStatus(id, "COMPLETED");
    const resumed = (await env.audited(id)).slice(cancelled.length);
    expect(resumed[0]).toMatchObject({ generation: 1, stage: "EMBEDDING", done: 0, op: "INSERT" });
    expect(stepsByStage(resumed).map((stage) => stage.stage)).toEqual(["EMBEDDING", "CROSS_VALIDATION", "FINAL_FIT"]);
    const fit = await prisma.runClassifier.findUniqueOrThrow({ where: { runId: id } });
    // The answers received after the cancel were cached: the second fit took all of TRAIN from the cache.
    expect(fit).toMatchObject({ trainRows: TRAIN, cachedTexts: TRAIN });
    const trainTexts = env.rows.slice(0, TRAIN).map(([input]) => input);
    for (const text of trainTexts)
      expect(env.server.embeddings.texts.filter((asked) => asked === text)).toHaveLength(1);
    expect(await prisma.output.count({ where: { runId: id } })).toBe(env.rows.length - TRAIN);
  });
});
