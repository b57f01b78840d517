import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import { createLocalQueue } from "./local-queue";
import { acquireScript, releaseScript, runScript } from "./scripts";
import type { TEndpointLimits, TLease, TLeaseOutcome, TLimiter, TLimiterState } from "./types";

export type TRedisLimiterOptions = {
  /** A connection of its own is best (never BullMQ's blocking one); with retries it waits out Redis restarts. */
  redis: Redis;
  /** Namespaces the keys; the app passes env.QUEUE_PREFIX, tests a unique one. */
  prefix: string;
  /** Consecutive successes that raise a reduced concurrency by one (default 10). */
  growAfterSuccesses?: number;
  /** Length of the requests-per-minute window: 60 s, except in tests that cannot wait a minute. */
  rateWindowMs?: number;
  /** A reduced concurrency is forgotten after this long without 429s or successes (default 10 min). */
  stateTtlMs?: number;
  pollMinMs?: number;
  pollMaxMs?: number;
  /** Most slots asked for in one round trip. */
  maxBatch?: number;
  random?: () => number;
  /** Called when this process sees an endpoint's adaptive concurrency change (logs, metrics, tests). */
  onLimitChange?: (endpointId: string, limit: number) => void;
};

export type TRedisLimiter = TLimiter & {
  readState(limits: Pick<TEndpointLimits, "endpointId" | "maxConcurrency">): Promise<TLimiterState>;
};

/**
 * Per-endpoint limits shared by every worker process: a concurrency limit made of leases (a killed process's
 * slots expire with their lease), a sliding requests-per-minute window, and an adaptive concurrency that halves
 * on 429 and grows back by one after `growAfterSuccesses` successes. One round trip to acquire (batched per
 * process), one to release.
 */
export function createRedisLimiter(options: TRedisLimiterOptions): TRedisLimiter {
  const { redis, prefix } = options;
  const growAfter = options.growAfterSuccesses ?? 10;
  const windowMs = options.rateWindowMs ?? 60_000;
  const stateTtlMs = options.stateTtlMs ?? 600_000;
  const random = options.random ?? Math.random;
  const processId = randomUUID();
  let nextGrant = 0;
  const queues = new Map<string, ReturnType<typeof createLocalQueue>>();
  const lastLimits = new Map<string, number>();

  function keysFor(endpointId: string): [string, string, string] {
    // The hash tag keeps an endpoint's three keys in one slot, as a Lua script on Redis Cluster requires.
    const base = `${prefix}:llm:{${endpointId}}`;
    return [`${base}:leases`, `${base}:window`, `${base}:state`];
  }

  async function tryAcquire(limits: TEndpointLimits, want: number) {
    const idPrefix = `${processId}:${nextGrant++}`;
    const args = [want, limits.maxConcurrency, limits.requestsPerMinute ?? 0, windowMs, limits.leaseMs, idPrefix];
    const reply = (await runScript(redis, acquireScript, keysFor(limits.endpointId), args)) as number[];
    const [granted = 0, now = 0, waitMs = 0, nowUs = 0] = reply;
    const leases: TLease[] = [];
    for (let i = 1; i <= granted; i++) {
      leases.push({ id: `${idPrefix}:${i}`, limits, grantedAt: now, grantedAtUs: nowUs });
    }
    return { leases, waitMs };
  }

  async function release(lease: TLease, outcome: TLeaseOutcome): Promise<void> {
    const { endpointId, maxConcurrency } = lease.limits;
    const args = [lease.id, outcome, maxConcurrency, growAfter, lease.grantedAtUs, stateTtlMs];
    const limit = Number(await runScript(redis, releaseScript, keysFor(endpointId), args));
    queues.get(endpointId)?.notifyRelease();
    if (limit !== (lastLimits.get(endpointId) ?? maxConcurrency)) {
      lastLimits.set(endpointId, limit);
      options.onLimitChange?.(endpointId, limit);
    }
  }

  function queueFor(endpointId: string) {
    let queue = queues.get(endpointId);
    if (!queue) {
      queue = createLocalQueue({
        tryAcquire,
        giveBack: (lease) => void release(lease, "unused").catch(() => undefined),
        pollMinMs: options.pollMinMs ?? 2,
        pollMaxMs: options.pollMaxMs ?? 50,
        maxBatch: options.maxBatch ?? 64,
        random,
      });
      queues.set(endpointId, queue);
    }
    return queue;
  }

  return {
    acquire: (limits, signal) => queueFor(limits.endpointId).acquire(limits, signal),
    release,
    async readState({ endpointId, maxConcurrency }) {
      const [leases, window, state] = keysFor(endpointId);
      const [seconds = "0", micros = "0"] = await redis.time();
      const now = Number(seconds) * 1000 + Math.floor(Number(micros) / 1000);
      const [inFlight, inWindow, limit] = await Promise.all([
        redis.zcount(leases, `(${now}`, "+inf"),
        redis.zcount(window, `(${now - windowMs}`, "+inf"),
        redis.hget(state, "limit"),
      ]);
      return { limit: Math.min(maxConcurrency, limit === null ? maxConcurrency : Number(limit)), inFlight, inWindow };
    },
  };
}
