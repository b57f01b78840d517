import { describe, expect, it } from "vitest";
import { createLocalQueue, type TGrant } from "./local-queue";
import type { TEndpointLimits, TLease } from "./types";

const limits: TEndpointLimits = { endpointId: "ep", maxConcurrency: 3, requestsPerMinute: null, leaseMs: 1_000 };

// Polls are set far beyond the test timeout: progress after a refusal can only come from notifyRelease.
function createSubject(capacity: number) {
  const state = { free: capacity, wants: [] as number[], givenBack: [] as TLease[] };
  let nextId = 0;
  const queue = createLocalQueue({
    tryAcquire: async (_limits, want) => {
      state.wants.push(want);
      const granted = Math.min(want, state.free);
      state.free -= granted;
      const leases = Array.from({ length: granted }, () => ({
        id: `l${nextId++}`,
        limits,
        grantedAt: 0,
        grantedAtUs: 0,
      }));
      return { leases, waitMs: 0 };
    },
    giveBack: (lease) => state.givenBack.push(lease),
    pollMinMs: 600_000,
    pollMaxMs: 600_000,
    maxBatch: 64,
    random: () => 0.5,
  });
  const release = () => {
    state.free++;
    queue.notifyRelease();
  };
  return { queue, state, release };
}

describe("createLocalQueue", () => {
  it("asks once for all callers of a tick and hands slots out in arrival order", async () => {
    const { queue, state, release } = createSubject(3);
    const order: number[] = [];
    const pending = [0, 1, 2, 3, 4].map((n) => queue.acquire(limits).then(() => order.push(n)));
    await Promise.all(pending.slice(0, 3));
    expect(state.wants[0]).toBe(5);
    expect(order).toEqual([0, 1, 2]);
    release();
    await pending[3];
    release();
    await pending[4];
    expect(order).toEqual([0, 1, 2, 3, 4]);
  });

  it("drops a caller whose signal aborts and gives its turn to the next one", async () => {
    const { queue, release } = createSubject(1);
    await queue.acquire(limits);
    const controller = new AbortController();
    const aborted = queue.acquire(limits, controller.signal);
    const next = queue.acquire(limits);
    controller.abort(new Error("cancelled"));
    await expect(aborted).rejects.toThrow("cancelled");
    release();
    await expect(next).resolves.toMatchObject({ limits });
  });

  it("gives back slots granted after their caller left", async () => {
    let grant: (value: TGrant) => void = () => undefined;
    const givenBack: TLease[] = [];
    const queue = createLocalQueue({
      tryAcquire: () => new Promise<TGrant>((resolve) => (grant = resolve)),
      giveBack: (lease) => givenBack.push(lease),
      pollMinMs: 1,
      pollMaxMs: 1,
      maxBatch: 64,
      random: () => 0.5,
    });
    const controller = new AbortController();
    const leaving = queue.acquire(limits, controller.signal);
    const staying = queue.acquire(limits);
    await Promise.resolve();
    controller.abort(new Error("gone"));
    await expect(leaving).rejects.toThrow("gone");
    const leases = [0, 1].map((n) => ({ id: `l${n}`, limits, grantedAt: 0, grantedAtUs: 0 }));
    grant({ leases, waitMs: 0 });
    await expect(staying).resolves.toBe(leases[0]);
    expect(givenBack).toEqual([leases[1]]);
  });

  it("rejects every waiting caller when the store fails", async () => {
    const queue = createLocalQueue({
      tryAcquire: () => Promise.reject(new Error("redis down")),
      giveBack: () => undefined,
      pollMinMs: 1,
      pollMaxMs: 1,
      maxBatch: 64,
      random: () => 0.5,
    });
    const results = await Promise.allSettled([queue.acquire(limits), queue.acquire(limits)]);
    expect(results.map((result) => result.status)).toEqual(["rejected", "rejected"]);
  });

  it("hands a held slot to the longest-waiting caller, with that caller's limits", async () => {
    const { queue, state } = createSubject(1);
    const held = await queue.acquire(limits);
    const edited = { ...limits, maxConcurrency: 5 };
    const first = queue.acquire(edited);
    const second = queue.acquire(limits);
    expect(queue.handOff((callerLimits) => ({ ...held, limits: callerLimits }))).toBe(true);
    await expect(first).resolves.toMatchObject({ id: held.id, limits: edited });
    expect(queue.handOff((callerLimits) => ({ ...held, limits: callerLimits }))).toBe(true);
    await expect(second).resolves.toMatchObject({ id: held.id });
    expect(queue.handOff(() => held)).toBe(false);
    expect(state.givenBack).toEqual([]);
  });

  it("rejects at once when the signal is already aborted", async () => {
    const { queue, state } = createSubject(1);
    await expect(queue.acquire(limits, AbortSignal.abort(new Error("late")))).rejects.toThrow("late");
    expect(state.wants).toEqual([]);
  });
});
