import { computeCost } from "@/lib/metrics/cost";
import { buildCacheKey } from "./cache-key";
import type { TLeaseOutcome, TLimiter } from "./limiter/types";
import { createClientCache, type TClientCache } from "./openai-clients";
import type { TCompletionText } from "./read-completion";
import type { TResponseCache } from "./response-cache";
import { computeRetryDelayMs, defaultRetryPolicy, type TRetryPolicy } from "./retry-policy";
import { sendChatOnce, type TAttemptResult } from "./send-chat";
import { sleep as sleepFor } from "./sleep";
import type { TChatRequest, TChatResult, TLlmEndpoint } from "./types";

export type TCallChatDeps = {
  cache: TResponseCache;
  limiter: TLimiter;
  /** Defaults to one cache per process. */
  clients?: TClientCache;
  retry?: Partial<TRetryPolicy>;
  /** Injected so unit tests run backoffs instantly. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Wall clock in ms (latency, Retry-After dates). */
  now?: () => number;
  /** Jitter source in [0, 1). */
  random?: () => number;
};

// A lease outlives the request it covers by this much, so a slow release never frees a slot still in use.
const LEASE_MARGIN_MS = 10_000;

const sharedClients = createClientCache();

/**
 * The one way Evalboard calls a model. Answers from the response cache when the same question was already paid
 * for; otherwise takes a slot from the endpoint's shared limiter per attempt and retries 429 / 5xx / timeouts /
 * connection errors with backoff (honouring Retry-After). Never throws for a model failure: it resolves with
 * `{ ok: false, error }`. It rejects only when `request.signal` aborts, or when Postgres or Redis fail (the job
 * should then fail and be retried, like any other infrastructure outage).
 */
export async function callChat(deps: TCallChatDeps, request: TChatRequest): Promise<TChatResult> {
  const now = deps.now ?? Date.now;
  const started = now();
  const { endpoint } = request;
  const { temperature, maxTokens, seed, messages } = request;
  const key = buildCacheKey({
    baseUrl: endpoint.baseUrl,
    model: endpoint.model,
    temperature,
    maxTokens,
    seed,
    extra: request.answerFormat?.body,
    messages,
  });
  const hit = await deps.cache.get(key);
  // A hit costs nothing now: the run that paid for the answer already counted its cost.
  if (hit) {
    const lookupMs = now() - started;
    return { ok: true, ...hit, latencyMs: lookupMs, requestLatencyMs: lookupMs, attempts: 0, cached: true, cost: 0 };
  }

  const policy = { ...defaultRetryPolicy, ...deps.retry };
  const entry = (deps.clients ?? sharedClients).get(endpoint);
  const limits = {
    endpointId: endpoint.id,
    maxConcurrency: endpoint.maxConcurrency,
    requestsPerMinute: endpoint.requestsPerMinute,
    leaseMs: endpoint.timeoutMs + LEASE_MARGIN_MS,
  };
  for (let attempts = 1; ; attempts++) {
    const lease = await deps.limiter.acquire(limits, request.signal);
    let outcome: TAttemptResult;
    const sentAt = now();
    try {
      outcome = await sendChatOnce(entry, request, now);
    } catch (aborted) {
      await deps.limiter.release(lease, "error");
      throw aborted;
    }
    if (outcome.ok) {
      // Stored alongside the release, not after it: should Redis fail, the paid answer is still kept.
      const [released] = await Promise.allSettled([
        deps.limiter.release(lease, "ok"),
        storeAnswer(deps.cache, key, outcome),
      ]);
      if (released.status === "rejected") throw released.reason;
      const cost = computeCost(outcome, toPrices(endpoint)).total;
      return {
        ...outcome,
        latencyMs: now() - started,
        requestLatencyMs: now() - sentAt,
        attempts,
        cached: false,
        cost,
      };
    }
    await deps.limiter.release(lease, toLeaseOutcome(outcome));
    if (!outcome.retryable || attempts >= policy.maxAttempts) {
      const error = { ...outcome.error };
      if (attempts > 1) error.message += ` (gave up after ${attempts} attempts)`;
      return { ok: false, error, attempts, latencyMs: now() - started };
    }
    const delay = computeRetryDelayMs(attempts, outcome.retryAfterMs, policy, deps.random ?? Math.random);
    await (deps.sleep ?? sleepFor)(delay, request.signal);
  }
}

function toLeaseOutcome(outcome: Extract<TAttemptResult, { ok: false }>): TLeaseOutcome {
  // A quota 429 is not congestion: slowing down would not help, so it must not shrink the concurrency.
  return outcome.error.kind === "rate_limited" && outcome.retryable ? "rate_limited" : "error";
}

function toPrices(endpoint: TLlmEndpoint) {
  return { inputPerMillion: endpoint.inputPricePerM, outputPerMillion: endpoint.outputPricePerM };
}

async function storeAnswer(cache: TResponseCache, key: string, answer: TCompletionText): Promise<void> {
  const { content, promptTokens, completionTokens, logprobs } = answer;
  try {
    await cache.put(key, { content, promptTokens, completionTokens, logprobs: logprobs ?? null });
  } catch (error) {
    // The answer is paid for and in hand: losing the cache row only costs a repeat call later, so don't fail.
    console.warn(`[llm] could not store a cached response: ${error instanceof Error ? error.message : error}`);
  }
}
