import { spawnSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { GET as getRun } from "@/app/api/runs/[id]/route";
import { POST as postEndpoint } from "@/app/api/endpoints/route";
import { pool } from "@/lib/db/pool";
import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { callChat, createChatDeps } from "@/lib/llm";
import { chunkCount } from "@/lib/jobs/chunks";
import type { TKindDeps } from "@/lib/jobs/deps";
import { createRuns } from "@/lib/runs/create";
import { dispatchRun } from "@/lib/runs/dispatch";
import { runJobs } from "@/lib/runs/kind";
import { answerFromTable } from "@/test/llm-server/behaviours";
import { buildErrorBody } from "@/test/llm-server/respond";
import { startLlmServer } from "@/test/llm-server/server";
import { isolatedRunQueue, medicalAbstracts, seedMedicalDataset } from "@/test/runs-harness";
import { loadEndpointConnection } from "./connection";
import { removeEndpoints, uniqueApiKey, uniqueName } from "@/test/endpoints-fixtures";

// The endpoint API's own responses are checked in api.int.test.ts and the ModelEndpoint row in service.int.test.ts;
// this follows a key through a whole run: database dump, run API, stored error messages.
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** Every row of every table as text: pg_dump when installed, the same rows through SQL otherwise. */
async function dumpDatabase(): Promise<string> {
  const dumped = spawnSync("pg_dump", ["--data-only", "--no-owner", env.DATABASE_URL], {
    encoding: "utf8",
    maxBuffer: 1024 * 1024 * 1024,
  });
  if (!dumped.error && dumped.status === 0) return dumped.stdout;
  const tables = await prisma.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`;
  const parts: string[] = [];
  for (const { name } of tables) {
    const rows = await prisma.$queryRawUnsafe<{ row: string }[]>(`SELECT t::text AS row FROM "${name}" t`);
    parts.push(...rows.map((row) => row.row));
  }
  return parts.join("\n");
}

async function registerEndpoint(body: Record<string, unknown>): Promise<string> {
  const request = new Request("http://127.0.0.1/api/endpoints", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: uniqueName("leak"), model: "test-model", maxConcurrency: 8, ...body }),
  });
  const response = await postEndpoint(request, { params: Promise.resolve({}) });
  expect(response.status).toBe(201);
  const id = String(((await response.json()) as { id: string }).id);
  cleanups.push(() => removeEndpoints([id]));
  return id;
}

async function runToTheEnd(endpointId: string, datasetId: string): Promise<string> {
  const queues = isolatedRunQueue();
  cleanups.push(() => queues.close());
  const deps: TKindDeps = {
    db: prisma,
    pool,
    queue: queues.queue,
    callModel: (call) => callChat(createChatDeps({ db: prisma, redis: queues.redis, prefix: queues.prefix }), call),
    loadEndpoint: (id) => loadEndpointConnection(id, prisma),
  };
  const { ids } = await createRuns(prisma, queues.queue, {
    datasetId,
    endpointId,
    split: "TEST",
    shots: 0,
    temperature: 0,
    seed: Math.floor(Math.random() * 1e9),
  });
  const runId = ids[0] as string;
  await dispatchRun(deps, runId);
  const run = await prisma.run.findUniqueOrThrow({ where: { id: runId } });
  // The chunks in this process, one after the other: the same code the workers run for each chunk job.
  for (let chunk = 0; chunk < chunkCount(run); chunk++) await runJobs.processChunk(deps, { id: runId, chunk });
  return runId;
}

describe("API keys at rest and in responses", () => {
  it("a pg_dump after real runs, and the run API, contain no key, header value or their base64", async () => {
    const apiKey = uniqueApiKey();
    const wrongKey = uniqueApiKey();
    const headerValue = `hv-${uniqueApiKey()}`;
    const server = await startLlmServer({ apiKey, handler: answerFromTable(medicalAbstracts.table) });
    // A proxy that echoes the key it refused, as some do: the stored failure must not carry it.
    const echoing = await startLlmServer({
      handler: () => ({
        status: 401,
        body: buildErrorBody(`Incorrect API key provided: ${wrongKey}.`, "invalid_request_error", "invalid_api_key"),
      }),
    });
    cleanups.push(
      () => server.close(),
      () => echoing.close(),
    );
    const good = await registerEndpoint({ baseUrl: server.url, apiKey, headers: { "X-Team-Token": headerValue } });
    const bad = await registerEndpoint({ baseUrl: echoing.url, apiKey: wrongKey });
    // Cleaned up before the endpoints (cleanups run in reverse): deleting the dataset deletes its runs.
    const { datasetId } = await seedMedicalDataset(prisma);
    cleanups.push(() => prisma.dataset.delete({ where: { id: datasetId } }));
    const goodRun = await runToTheEnd(good, datasetId);
    const badRun = await runToTheEnd(bad, datasetId);

    const statuses = await prisma.run.findMany({
      where: { id: { in: [goodRun, badRun] } },
      orderBy: { status: "asc" },
    });
    expect(statuses.map((run) => [run.id, run.status])).toEqual(
      expect.arrayContaining([
        [goodRun, "COMPLETED"],
        [badRun, "FAILED"],
      ]),
    );
    expect(await prisma.output.count({ where: { runId: goodRun, rawText: { not: null } } })).toBeGreaterThan(0);
    expect(echoing.calls.total()).toBeGreaterThan(0);

    const texts = [await dumpDatabase()];
    for (const id of [goodRun, badRun]) {
      const response = await getRun(new Request(`http://127.0.0.1/api/runs/${id}`), {
        params: Promise.resolve({ id }),
      });
      expect(response.status).toBe(200);
      texts.push(await response.text());
    }
    expect(texts[0]).toContain(goodRun);
    expect(texts[2]).toMatch(/401|API key/);
    for (const secret of [apiKey, wrongKey, headerValue]) {
      for (const text of texts) {
        expect(text).not.toContain(secret);
        expect(text).not.toContain(Buffer.from(secret).toString("base64"));
      }
    }
  });
});
