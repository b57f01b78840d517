import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import { createLocalQueue } from "./local-queue";
import { createRenewals } from "./renewals";
import { acquireScript, releaseScript, renewScript, runScript } from "./scripts";
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
  /** Hand a finished request's slot straight to the next local caller (default true; see release). */
  handOff?: boolean;
  random?: () => number;
  /** Called when this process sees an endpoint's adaptive concurrency change (logs, metrics, tests). */
  onLimitChange?: (endpointId: string, limit: number) => void;
};

export type TRedisLimiter = TLimiter & {
  readState(limits: Pick<TEndpointLimits, "endpointId" | "maxConcurrency">): Promise<TLimiterState>;
};

/** Per endpoint, what this process knows that decides whether a slot may be handed on. */
type THandOffState = { shed: number; othersWaiting: boolean; broken: boolean };

/**
 * Per-endpoint limits shared by every worker process: a concurrency limit made of leases (a killed process's
 * slots expire with their lease), a sliding requests-per-minute window, and an adaptive concurrency that halves
 * on 429 and grows back by one after `growAfterSuccesses` successes. Acquiring is one round trip per batch of local
 * callers. A successful request's slot goes straight to the next local caller (renewed in Redis in the background,
 * batched), so a busy endpoint costs no round trip per request on the request path.
 */
export function createRedisLimiter(options: TRedisLimiterOptions): TRedisLimiter {
  const { redis, prefix } = options;
  const growAfter = options.growAfterSuccesses ?? 10;
  const windowMs = options.rateWindowMs ?? 60_000;
  const stateTtlMs = options.stateTtlMs ?? 600_000;
  const random = options.random ?? Math.random;
  const processId = randomUUID();
  let nextGrant = 0;
  // Redis time minus local time, from the last reply: dates a handed-on slot in Redis's clock without asking it.
  let clockOffsetUs = 0;
  const queues = new Map<string, ReturnType<typeof createLocalQueue>>();
  const lastLimits = new Map<string, number>();
  const handOffStates = new Map<string, THandOffState>();

  function keysFor(endpointId: string): [string, string, string, string] {
    // The hash tag keeps an endpoint's keys in one slot, as a Lua script on Redis Cluster requires.
    const base = `${prefix}:llm:{${endpointId}}`;
    return [`${base}:leases`, `${base}:window`, `${base}:state`, `${base}:waiting`];
  }

  function stateFor(endpointId: string): THandOffState {
    let state = handOffStates.get(endpointId);
    if (!state) {
      state = { shed: 0, othersWaiting: false, broken: false };
      handOffStates.set(endpointId, state);
    }
    return state;
  }

  /** What a release or renewal reply says: the limit, the slots in use, and whether another process waits. */
  function noteReply(limits: TEndpointLimits, [limit = 0, inFlight = 0, othersWaiting = 0]: number[]): void {
    const { endpointId, maxConcurrency } = limits;
    const state = stateFor(endpointId);
    state.shed = Math.max(0, inFlight - limit);
    state.othersWaiting = othersWaiting > 0;
    if (limit !== (lastLimits.get(endpointId) ?? maxConcurrency)) {
      lastLimits.set(endpointId, limit);
      options.onLimitChange?.(endpointId, limit);
    }
  }

  async function tryAcquire(limits: TEndpointLimits, want: number) {
    const idPrefix = `${processId}:${nextGrant++}`;
    const args = [
      want,
      limits.maxConcurrency,
      limits.requestsPerMinute ?? 0,
      windowMs,
      limits.leaseMs,
      idPrefix,
      processId,
    ];
    const reply = (await runScript(redis, acquireScript, keysFor(limits.endpointId), args)) as number[];
    const [granted = 0, now = 0, waitMs = 0, nowUs = 0] = reply;
    clockOffsetUs = nowUs - Date.now() * 1000;
    stateFor(limits.endpointId).broken = false;
    const leases: TLease[] = [];
    for (let i = 1; i <= granted; i++) {
      leases.push({ id: `${idPrefix}:${i}`, limits, grantedAt: now, grantedAtUs: nowUs });
    }
    return { leases, waitMs };
  }

  const renewals = createRenewals({
    async renew(limits, ids) {
      const args = [limits.leaseMs, limits.maxConcurrency, growAfter, stateTtlMs, processId, ...ids];
      return (await runScript(redis, renewScript, keysFor(limits.endpointId), args)) as number[];
    },
    onReply: noteReply,
    onError(endpointId, error) {
      // The next releases take the normal path, which reports the failure to the caller.
      stateFor(endpointId).broken = true;
      console.warn(`[llm] could not renew handed-on slots: ${error instanceof Error ? error.message : error}`);
    },
  });

  /**
   * A success's slot may go straight to the next local caller when that cannot bend a limit: no requests-per-minute
   * window to record the new request in, no other process waiting for a slot (fairness), the limit not cut below
   * what is in use (a 429 elsewhere), and renewals working.
   */
  function tryHandOff(lease: TLease, outcome: TLeaseOutcome): boolean {
    if (options.handOff === false || outcome !== "ok" || lease.limits.requestsPerMinute !== null) return false;
    const state = stateFor(lease.limits.endpointId);
    if (state.shed > 0 || state.othersWaiting || state.broken) return false;
    const queue = queues.get(lease.limits.endpointId);
    if (!queue) return false;
    return queue.handOff((limits) => {
      const grantedAtUs = Date.now() * 1000 + clockOffsetUs;
      const next: TLease = { id: lease.id, limits, grantedAt: Math.floor(grantedAtUs / 1000), grantedAtUs };
      renewals.add(next);
      return next;
    });
  }

  async function release(lease: TLease, outcome: TLeaseOutcome): Promise<void> {
    if (tryHandOff(lease, outcome)) return;
    renewals.cancel(lease);
    const { endpointId, maxConcurrency } = lease.limits;
    const args = [lease.id, outcome, maxConcurrency, growAfter, lease.grantedAtUs, stateTtlMs, processId];
    const reply = (await runScript(redis, releaseScript, keysFor(endpointId), args)) as number[];
    queues.get(endpointId)?.notifyRelease();
    noteReply(lease.limits, reply);
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
