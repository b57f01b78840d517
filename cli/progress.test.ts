import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { spawnUntil } from "@/test/processes";
import type { TClient } from "./client";
import { createRuns } from "./runs";

const RUN = "0199d5a0-0000-7000-8000-00000000000a";
const DATASET = "0199d5a0-0000-7000-8000-00000000000b";
const ENDPOINT = "0199d5a0-0000-7000-8000-00000000000c";

/** The run view as GET /api/runs/:id sends it, at `done` of 10 samples. */
function runView(done: number, status: string) {
  return {
    id: RUN,
    status,
    task: "CLASSIFICATION",
    errorMessage: null,
    dataset: { id: DATASET, name: "Abstracts" },
    endpoint: { id: ENDPOINT, name: "Llama", model: "llama", tags: [] },
    settings: { split: "TEST", shots: 0, promptTemplate: "{{input}}" },
    createdAt: "2026-12-03T16:00:00.000Z",
    startedAt: done > 0 ? "2026-12-03T16:00:01.000Z" : null,
    finishedAt: status === "COMPLETED" ? "2026-12-03T16:00:05.000Z" : null,
    progress: { total: 10, done, errors: 0, ratePerSecond: null, etaSeconds: null },
    totals: { cost: null, promptTokens: 0, completionTokens: 0 },
    metrics: null,
  };
}

// Two polls land in the same tenth (5 of 10): a CI log gets one line for them, a terminal redraws each.
const POLLS = [runView(0, "QUEUED"), runView(5, "RUNNING"), runView(5, "RUNNING"), runView(10, "COMPLETED")];

function capture(isTTY: boolean) {
  let text = "";
  const stream = Object.assign(
    new Writable({
      write(chunk, _encoding, done) {
        text += String(chunk);
        done();
      },
    }),
    { isTTY },
  );
  return { stream, read: () => text };
}

/** A client answering from POLLS, through the CLI's own response schemas. */
function fakeClient(): TClient {
  let poll = 0;
  const parse = <S extends z.ZodType>(schema: S, value: unknown) => schema.parse(value);
  return {
    get: async (_path, schema) => parse(schema, POLLS[Math.min(poll++, POLLS.length - 1)]),
    post: async (_path, _body, schema) => parse(schema, { id: RUN, ids: [RUN] }),
    upload: () => Promise.reject(new Error("unused")),
  };
}

async function wait(isTTY: boolean) {
  const out = capture(false);
  const err = capture(isTTY);
  const args = { dataset: DATASET, endpoints: [ENDPOINT], wait: true, json: false, pollMs: 0 };
  const code = await createRuns(fakeClient(), args, out.stream, err.stream);
  return { code, stdout: out.read(), stderr: err.read() };
}

const servers: { close: () => void }[] = [];
afterAll(() => {
  for (const server of servers) server.close();
});

describe("runs create --wait: progress", () => {
  it("redraws one bar in place on a terminal, ending the line when the run finishes", async () => {
    const { code, stderr, stdout } = await wait(true);
    expect(code).toBe(0);
    const frames = stderr.split("\r\x1b[2K").slice(1);
    expect(frames).toEqual([
      `Llama [${"-".repeat(24)}] 0/10 0% queued`,
      `Llama [${"#".repeat(12)}${"-".repeat(12)}] 5/10 50% running`,
      `Llama [${"#".repeat(12)}${"-".repeat(12)}] 5/10 50% running`,
      `Llama [${"#".repeat(24)}] 10/10 100% completed\n`,
    ]);
    expect(stdout).toMatch(/Status\s+completed/);
  });

  it("writes plain lines in a CI log: one per tenth of the samples, no control characters", async () => {
    const { code, stderr } = await wait(false);
    expect(code).toBe(0);
    expect(stderr).toBe(`run ${RUN}: 0/10 queued\nrun ${RUN}: 5/10 running\nrun ${RUN}: 10/10 completed\n`);
    expect(stderr).not.toMatch(/[\r\x1b]/);
  });

  it("draws the bar when the real command runs under a pseudo-terminal (script), plain lines through a pipe", async () => {
    let poll = 0;
    const server = createServer((request, response) => {
      response.setHeader("content-type", "application/json");
      if (request.method === "POST") response.end(JSON.stringify({ id: RUN, ids: [RUN] }));
      else response.end(JSON.stringify(POLLS[Math.min(poll++, POLLS.length - 1)]));
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const env = { EVALBOARD_URL: url, EVALBOARD_TOKEN: "test-token" };
    const command = `node bin/evalboard.mjs runs create --dataset ${DATASET} --endpoint ${ENDPOINT} --wait`;
    // script gives the command a terminal of its own; everything it writes comes back on script's stdout.
    const terminal = await spawnUntil("script", ["-qec", command, "/dev/null"], {
      env,
      ready: /Status\s+completed/,
      timeoutMs: 60_000,
    });
    expect(await terminal.exited).toBe(0);
    expect(terminal.output()).toContain("\r\x1b[2KLlama [");
    expect(terminal.output()).toContain("10/10 100% completed");
    poll = 0;
    // Through a pipe (a CI log): plain lines, no control characters.
    const piped = await spawnUntil("bash", ["-c", command], { env, ready: /Status\s+completed/, timeoutMs: 60_000 });
    expect(await piped.exited).toBe(0);
    expect(piped.output()).toContain(
      `run ${RUN}: 0/10 queued\nrun ${RUN}: 5/10 running\nrun ${RUN}: 10/10 completed\n`,
    );
    expect(piped.output()).not.toMatch(/[\r\x1b]/);
  }, 90_000);
});
