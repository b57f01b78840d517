import type { TCallChatDeps } from "./call-chat";
import type { TClassifiedError } from "./classify-error";
import { computeRetryDelayMs, defaultRetryPolicy } from "./retry-policy";
import { sleep as sleepFor } from "./sleep";
import type { TLlmEndpoint, TLlmError } from "./types";

/** One attempt's failure, as the send functions classify it. */
export type TAttemptFailure = { ok: false } & TClassifiedError;

export type TRetriedResult<TAnswer> =
  { ok: true; answer: TAnswer; attempts: number } | { ok: false; error: TLlmError; attempts: number };

// A lease outlives the request it covers by this much, so a slow release never frees a slot still in use.
const LEASE_MARGIN_MS = 10_000;

/**
 * The loop every model request runs in: a slot of the endpoint's shared limiter per attempt, `send`, the slot given
 * back with what happened, and 429 / 5xx / timeouts / connection errors retried with backoff (honouring
 * Retry-After). `keep` (optional) runs on the answer alongside the release of its slot, so that a Redis failure
 * there does not lose an answer already paid for. Rejects when `signal` aborts or the limiter fails.
 */
export async function withLimiterRetries<TAnswer extends { ok: true }>(
  deps: TCallChatDeps,
  endpoint: TLlmEndpoint,
  signal: AbortSignal | undefined,
  send: () => Promise<TAnswer | TAttemptFailure>,
  keep?: (answer: TAnswer) => Promise<void>,
): Promise<TRetriedResult<TAnswer>> {
  const policy = { ...defaultRetryPolicy, ...deps.retry };
  const limits = {
    endpointId: endpoint.id,
    maxConcurrency: endpoint.maxConcurrency,
    requestsPerMinute: endpoint.requestsPerMinute,
    leaseMs: endpoint.timeoutMs + LEASE_MARGIN_MS,
  };
  for (let attempts = 1; ; attempts++) {
    const lease = await deps.limiter.acquire(limits, signal);
    let outcome: TAnswer | TAttemptFailure;
    try {
      outcome = await send();
    } catch (aborted) {
      await deps.limiter.release(lease, "error");
      throw aborted;
    }
    if (outcome.ok) {
      if (keep) {
        const [released] = await Promise.allSettled([deps.limiter.release(lease, "ok"), keep(outcome)]);
        if (released.status === "rejected") throw released.reason;
      } else {
        await deps.limiter.release(lease, "ok");
      }
      return { ok: true, answer: outcome, attempts };
    }
    // A quota 429 is not congestion: slowing down would not help, so it must not shrink the concurrency.
    const rateLimited = outcome.error.kind === "rate_limited" && outcome.retryable;
    await deps.limiter.release(lease, rateLimited ? "rate_limited" : "error");
    if (!outcome.retryable || attempts >= policy.maxAttempts) {
      const error = { ...outcome.error };
      if (attempts > 1) error.message += ` (gave up after ${attempts} attempts)`;
      return { ok: false, error, attempts };
    }
    const delay = computeRetryDelayMs(attempts, outcome.retryAfterMs, policy, deps.random ?? Math.random);
    await (deps.sleep ?? sleepFor)(delay, signal);
  }
}
