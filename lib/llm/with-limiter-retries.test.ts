import { describe, expect, it } from "vitest";
import type { TCallChatDeps } from "./call-chat";
import type { TLeaseOutcome, TLimiter } from "./limiter/types";
import { noResponseCache } from "./response-cache";
import type { TLlmEndpoint, TLlmErrorKind } from "./types";
import { withLimiterRetries, type TAttemptFailure } from "./with-limiter-retries";

// The loop alone, with a scripted send: what each lease is given back as, and when it stops.
const endpoint: TLlmEndpoint = {
  id: "ep-loop",
  baseUrl: "http://127.0.0.1:1/v1",
  model: "m",
  apiKey: null,
  headers: null,
  timeoutMs: 1_000,
  maxConcurrency: 2,
  requestsPerMinute: null,
  inputPricePerM: null,
  outputPricePerM: null,
};

type TAnswer = { ok: true; text: string };

function failure(kind: TLlmErrorKind, retryable: boolean, retryAfterMs: number | null = null): TAttemptFailure {
  return { ok: false, error: { kind, message: `${kind} failure`, permanent: !retryable }, retryable, retryAfterMs };
}

function setup(script: (TAnswer | TAttemptFailure | Error)[]) {
  const released: TLeaseOutcome[] = [];
  const leaseMs: number[] = [];
  const waits: number[] = [];
  const limiter: TLimiter = {
    acquire: async (limits) => {
      leaseMs.push(limits.leaseMs);
      return { id: `lease-${leaseMs.length}`, limits, grantedAt: 0, grantedAtUs: 0 };
    },
    release: async (_lease, outcome) => {
      released.push(outcome);
    },
  };
  const deps: TCallChatDeps = {
    cache: noResponseCache,
    limiter,
    retry: { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 60_000 },
    sleep: async (ms) => {
      waits.push(ms);
    },
    random: () => 0,
  };
  let sent = 0;
  const send = async () => {
    const next = script[Math.min(sent++, script.length - 1)]!;
    if (next instanceof Error) throw next;
    return next;
  };
  return { deps, send, released, leaseMs, waits, sends: () => sent };
}

describe("withLimiterRetries", () => {
  it("takes a lease per attempt, gives a 429 back as rate_limited and waits as Retry-After asks", async () => {
    const { deps, send, released, leaseMs, waits } = setup([
      failure("rate_limited", true, 2_000),
      { ok: true, text: "hi" },
    ]);
    const result = await withLimiterRetries(deps, endpoint, undefined, send);
    expect(result).toEqual({ ok: true, answer: { ok: true, text: "hi" }, attempts: 2 });
    expect(released).toEqual(["rate_limited", "ok"]);
    expect(leaseMs).toEqual([11_000, 11_000]);
    expect(waits).toEqual([2_000]);
  });

  it("gives a quota 429 (not retryable) back as an error and stops at once", async () => {
    const { deps, send, released, waits } = setup([failure("rate_limited", false)]);
    const result = await withLimiterRetries(deps, endpoint, undefined, send);
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ message: "rate_limited failure" }),
      attempts: 1,
    });
    expect(released).toEqual(["error"]);
    expect(waits).toEqual([]);
  });

  it("gives up after the last attempt, saying how many it made, with backoff in between", async () => {
    const { deps, send, released, waits, sends } = setup([failure("server", true)]);
    const result = await withLimiterRetries(deps, endpoint, undefined, send);
    expect(result).toMatchObject({
      ok: false,
      attempts: 3,
      error: { message: "server failure (gave up after 3 attempts)" },
    });
    expect(released).toEqual(["error", "error", "error"]);
    expect(waits).toEqual([50, 100]);
    expect(sends()).toBe(3);
  });

  it("gives the lease back as an error and rejects when the send is aborted", async () => {
    const reason = new Error("cancelled");
    const { deps, send, released } = setup([reason]);
    await expect(withLimiterRetries(deps, endpoint, undefined, send)).rejects.toBe(reason);
    expect(released).toEqual(["error"]);
  });

  it("keeps the answer even when giving its lease back fails, then rejects with the release's error", async () => {
    const { deps, send } = setup([{ ok: true, text: "paid" }]);
    const redisDown = new Error("redis down");
    deps.limiter = { ...deps.limiter, release: () => Promise.reject(redisDown) };
    const kept: string[] = [];
    const keep = async (answer: TAnswer) => {
      kept.push(answer.text);
    };
    await expect(withLimiterRetries(deps, endpoint, undefined, send, keep)).rejects.toBe(redisDown);
    expect(kept).toEqual(["paid"]);
  });
});
