import { randomUUID } from "node:crypto";
import { setTimeout as delay } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { withFailures } from "@/test/llm-server/behaviours";
import { startLlmServer, type TLlmServer } from "@/test/llm-server/server";
import type { THandler } from "@/test/llm-server/types";
import { callChat, type TCallChatDeps } from "../call-chat";
import { createIsolatedRedis, createRequests, makeEndpoint } from "@/test/llm-fixtures";
import { noResponseCache } from "../response-cache";
import type { TLlmEndpoint } from "../types";
import { createRedisLimiter, type TRedisLimiterOptions } from "./redis-limiter";
import type { TEndpointLimits, TLimiter } from "./types";

// Two limiters on two Redis connections stand for two worker processes sharing one endpoint.
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function createProcesses(count: number, options: Partial<TRedisLimiterOptions> = {}) {
  const prefix = `evalboard-test-llm-${randomUUID().slice(0, 8)}`;
  return Array.from({ length: count }, () => {
    const isolated = createIsolatedRedis(prefix);
    cleanups.push(isolated.close);
    return createRedisLimiter({ redis: isolated.redis, prefix, ...options });
  });
}

async function startServer(handler: THandler): Promise<TLlmServer> {
  const server = await startLlmServer({ handler, log: { retainMessages: false } });
  cleanups.push(server.close);
  return server;
}

/** The same limiter, noting the (Redis) time of every slot it grants. */
function recordingGrants(limiter: TLimiter, grants: number[]): TLimiter {
  return {
    acquire: async (limits, signal) => {
      const lease = await limiter.acquire(limits, signal);
      grants.push(lease.grantedAt);
      return lease;
    },
    release: (lease, outcome) => limiter.release(lease, outcome),
  };
}

function depsFor(limiter: TLimiter): TCallChatDeps {
  return { cache: noResponseCache, limiter, retry: { maxAttempts: 6, baseDelayMs: 50, maxDelayMs: 5_000 } };
}

/** Answers after `ms`, counting how many requests the server is working on at once. */
function countingHandler(ms: number) {
  let current = 0;
  const stats = { maxInFlight: 0, arrivals: [] as number[] };
  const handler: THandler = async () => {
    stats.arrivals.push(Date.now());
    current++;
    stats.maxInFlight = Math.max(stats.maxInFlight, current);
    await delay(ms);
    current--;
    return { content: "ok" };
  };
  return { handler, stats };
}

function callMany(deps: TCallChatDeps, endpoint: TLlmEndpoint, count: number) {
  const requests = createRequests(endpoint);
  return Promise.all(Array.from({ length: count }, (_, n) => callChat(deps, requests.next(`call ${n}`))));
}

describe("createRedisLimiter", () => {
  it("holds the concurrency limit across processes", async () => {
    const { handler, stats } = countingHandler(25);
    const server = await startServer(handler);
    const endpoint = makeEndpoint(server.url, { maxConcurrency: 3 });
    const [a, b] = createProcesses(2);
    const results = (
      await Promise.all([callMany(depsFor(a!), endpoint, 20), callMany(depsFor(b!), endpoint, 20)])
    ).flat();
    expect(results.every((result) => result.ok)).toBe(true);
    expect(stats.maxInFlight).toBe(3);
    expect(await a!.readState({ endpointId: endpoint.id, maxConcurrency: endpoint.maxConcurrency })).toMatchObject({
      limit: 3,
      inFlight: 0,
    });
  });

  it("holds the requests-per-window limit across processes", async () => {
    const { handler, stats } = countingHandler(0);
    const server = await startServer(handler);
    const endpoint = makeEndpoint(server.url, { maxConcurrency: 10, requestsPerMinute: 4 });
    // A one-second window stands in for the minute; the arithmetic is the same.
    const grants: number[] = [];
    const [a, b] = createProcesses(2, { rateWindowMs: 1_000 }).map((limiter) => recordingGrants(limiter, grants));
    const started = Date.now();
    await Promise.all([callMany(depsFor(a!), endpoint, 5), callMany(depsFor(b!), endpoint, 5)]);
    expect(stats.arrivals).toHaveLength(10);
    // Grant times come from Redis's clock: any 5 consecutive grants span at least a full window.
    grants.sort((x, y) => x - y);
    for (let i = 0; i + 4 < grants.length; i++) {
      expect((grants[i + 4] as number) - (grants[i] as number)).toBeGreaterThanOrEqual(1_000);
    }
    // At the server: 10 requests at 4 per window cannot all arrive before the start of the third window.
    expect(Math.max(...stats.arrivals) - started).toBeGreaterThanOrEqual(2_000);
  });

  it("halves concurrency on 429s and grows it back after successes", async () => {
    const { handler } = countingHandler(5);
    const server = await startServer(withFailures(handler, { rate429: 0.2, retryAfterSeconds: 1, seed: 3 }));
    const endpoint = makeEndpoint(server.url, { maxConcurrency: 8 });
    const seen: number[] = [];
    const [limiter] = createProcesses(1, { growAfterSuccesses: 3, onLimitChange: (_, limit) => seen.push(limit) });
    const deps = depsFor(limiter!);

    const rateLimited = await callMany(deps, endpoint, 40);
    expect(rateLimited.every((result) => result.ok)).toBe(true);
    expect(server.calls.total()).toBeGreaterThan(40);
    expect(Math.min(...seen)).toBeLessThan(8);

    server.setHandler(handler);
    await callMany(deps, endpoint, 60);
    expect(
      await limiter!.readState({ endpointId: endpoint.id, maxConcurrency: endpoint.maxConcurrency }),
    ).toMatchObject({ limit: 8, inFlight: 0 });
    expect(seen.at(-1)).toBe(8);
  });

  it("halves once per burst of 429s: requests already in flight when it halved do not halve again", async () => {
    const [limiter] = createProcesses(1, { growAfterSuccesses: 3 });
    const limits: TEndpointLimits = {
      endpointId: randomUUID(),
      maxConcurrency: 8,
      requestsPerMinute: null,
      leaseMs: 5_000,
    };
    const burst = await Promise.all(Array.from({ length: 8 }, () => limiter!.acquire(limits)));
    for (const lease of burst) await limiter!.release(lease, "rate_limited");
    expect(await limiter!.readState(limits)).toMatchObject({ limit: 4, inFlight: 0 });

    const later = await limiter!.acquire(limits);
    await limiter!.release(later, "rate_limited");
    expect(await limiter!.readState(limits)).toMatchObject({ limit: 2 });

    for (let i = 0; i < 3; i++) await limiter!.release(await limiter!.acquire(limits), "ok");
    expect(await limiter!.readState(limits)).toMatchObject({ limit: 3 });
  });

  it("frees the slots of a process that died holding them once their lease expires", async () => {
    const [dead, alive] = createProcesses(2);
    const limits: TEndpointLimits = {
      endpointId: randomUUID(),
      maxConcurrency: 1,
      requestsPerMinute: null,
      leaseMs: 300,
    };
    const abandoned = await dead!.acquire(limits);
    const next = await alive!.acquire({ ...limits, leaseMs: 5_000 });
    expect(next.grantedAt - abandoned.grantedAt).toBeGreaterThanOrEqual(300);
    await alive!.release(next, "ok");
  });

  it("hands a finished request's slot to the next local caller and keeps renewing it past its lease", async () => {
    const [limiter] = createProcesses(1);
    const limits: TEndpointLimits = {
      endpointId: randomUUID(),
      maxConcurrency: 2,
      requestsPerMinute: null,
      leaseMs: 300,
    };
    let held = await Promise.all([limiter!.acquire(limits), limiter!.acquire(limits)]);
    const ids = new Set(held.map((lease) => lease.id));
    // Twice the lease length of back-to-back requests: without renewals both leases would have expired.
    for (let round = 0; round < 6; round++) {
      await delay(100);
      const next = limiter!.acquire(limits);
      await limiter!.release(held[0]!, "ok");
      held = [held[1]!, await next];
    }
    expect(new Set([...ids, ...held.map((lease) => lease.id)]).size).toBe(2);
    expect(await limiter!.readState(limits)).toMatchObject({ limit: 2, inFlight: 2 });
    for (const lease of held) await limiter!.release(lease, "ok");
    expect(await limiter!.readState(limits)).toMatchObject({ inFlight: 0 });
  });

  it("stops handing slots on once a 429 cuts the limit below what is in use", async () => {
    const [limiter] = createProcesses(1);
    const limits: TEndpointLimits = {
      endpointId: randomUUID(),
      maxConcurrency: 4,
      requestsPerMinute: null,
      leaseMs: 5_000,
    };
    const held = await Promise.all(Array.from({ length: 4 }, () => limiter!.acquire(limits)));
    let served = 0;
    const waiting = [limiter!.acquire(limits), limiter!.acquire(limits)].map((lease) =>
      lease.then((value) => {
        served++;
        return value;
      }),
    );
    await limiter!.release(held[0]!, "rate_limited");
    expect(await limiter!.readState(limits)).toMatchObject({ limit: 2, inFlight: 3 });
    // Over the new limit: this success gives its slot back instead of handing it on.
    await limiter!.release(held[1]!, "ok");
    expect(await limiter!.readState(limits)).toMatchObject({ limit: 2, inFlight: 2 });
    expect(served).toBe(0);
    // Back at the limit: handing on resumes, and keeps the count there.
    await limiter!.release(held[2]!, "ok");
    const first = await Promise.race(waiting);
    expect(first.id).toBe(held[2]!.id);
    expect(await limiter!.readState(limits)).toMatchObject({ limit: 2, inFlight: 2 });
    await limiter!.release(held[3]!, "ok");
    await limiter!.release(first, "ok");
    for (const lease of await Promise.all(waiting)) if (lease !== first) await limiter!.release(lease, "ok");
    expect(await limiter!.readState(limits)).toMatchObject({ inFlight: 0 });
  });

  it("stops waiting for a slot when the caller aborts", async () => {
    const [limiter] = createProcesses(1);
    const limits: TEndpointLimits = {
      endpointId: randomUUID(),
      maxConcurrency: 1,
      requestsPerMinute: null,
      leaseMs: 5_000,
    };
    const held = await limiter!.acquire(limits);
    const controller = new AbortController();
    const waiting = limiter!.acquire(limits, controller.signal);
    controller.abort(new Error("run cancelled"));
    await expect(waiting).rejects.toThrow("run cancelled");
    await limiter!.release(held, "ok");
    expect(await limiter!.readState(limits)).toMatchObject({ inFlight: 0 });
  });
});
