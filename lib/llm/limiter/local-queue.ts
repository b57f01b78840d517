import type { TEndpointLimits, TLease } from "./types";

export type TGrant = { leases: TLease[]; waitMs: number };

export type TLocalQueueOptions = {
  /** Asks the shared store for up to `want` slots (one round trip). */
  tryAcquire: (limits: TEndpointLimits, want: number) => Promise<TGrant>;
  /** Gives back a slot nobody is waiting for any more. */
  giveBack: (lease: TLease) => void;
  pollMinMs: number;
  pollMaxMs: number;
  maxBatch: number;
  random: () => number;
};

type TWaiter = {
  limits: TEndpointLimits;
  resolve: (lease: TLease) => void;
  reject: (reason: unknown) => void;
  detach: () => void;
};

/**
 * One endpoint's waiters inside one process. Only a single loop per endpoint talks to Redis, however many calls
 * wait: it asks for as many slots as there are waiters, hands them out in arrival order, and when none are free
 * sleeps until a local release wakes it or a short, growing, jittered poll interval passes (slots freed by other
 * processes). So a thousand waiting calls cost one Redis round trip per poll, not a thousand.
 */
export function createLocalQueue(options: TLocalQueueOptions) {
  const waiters: TWaiter[] = [];
  let pumping = false;
  let wake: (() => void) | null = null;
  let wakeOnRelease = true;

  function acquire(limits: TEndpointLimits, signal?: AbortSignal): Promise<TLease> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<TLease>((resolve, reject) => {
      const waiter: TWaiter = { limits, resolve, reject, detach: () => undefined };
      if (signal) {
        const onAbort = () => {
          const index = waiters.indexOf(waiter);
          if (index >= 0) waiters.splice(index, 1);
          reject(signal.reason);
        };
        signal.addEventListener("abort", onAbort, { once: true });
        waiter.detach = () => signal.removeEventListener("abort", onAbort);
      }
      waiters.push(waiter);
      if (pumping) return;
      pumping = true;
      // Deferred by a microtask so that calls arriving in the same tick share the first round trip.
      queueMicrotask(() => void pump());
    });
  }

  async function pump(): Promise<void> {
    let pollMs = options.pollMinMs;
    try {
      while (waiters.length > 0) {
        const limits = (waiters[waiters.length - 1] as TWaiter).limits;
        const want = Math.min(waiters.length, options.maxBatch);
        const grant = await options.tryAcquire(limits, want);
        for (const lease of grant.leases) handOut(lease);
        if (grant.leases.length === want) {
          pollMs = options.pollMinMs;
          continue;
        }
        // A full rate window frees up at a known time; a full concurrency limit when some request finishes.
        wakeOnRelease = grant.waitMs === 0;
        const jittered = pollMs * (0.5 + options.random());
        await sleepUntilWoken(grant.waitMs > 0 ? grant.waitMs : jittered);
        pollMs = Math.min(pollMs * 2, options.pollMaxMs);
      }
    } catch (error) {
      for (const waiter of waiters.splice(0)) {
        waiter.detach();
        waiter.reject(error);
      }
    } finally {
      pumping = false;
    }
  }

  function handOut(lease: TLease): void {
    const waiter = waiters.shift();
    if (!waiter) {
      options.giveBack(lease);
      return;
    }
    waiter.detach();
    waiter.resolve(lease);
  }

  function sleepUntilWoken(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      wake = done;
    });
  }

  return {
    acquire,
    /**
     * Gives a slot this process already holds straight to the longest-waiting caller, with no round trip to the
     * shared store. False when nobody is waiting.
     */
    handOff(makeLease: (limits: TEndpointLimits) => TLease): boolean {
      const waiter = waiters.shift();
      if (!waiter) return false;
      waiter.detach();
      waiter.resolve(makeLease(waiter.limits));
      return true;
    },
    /** A slot of this endpoint was freed by this process: try again now instead of at the next poll. */
    notifyRelease(): void {
      if (wakeOnRelease) wake?.();
    },
  };
}
