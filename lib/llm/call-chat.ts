import { computeCost } from "@/lib/metrics/cost";
import { buildCacheKey } from "./cache-key";
import type { TLimiter } from "./limiter/types";
import { createClientCache, type TClientCache } from "./openai-clients";
import type { TCompletionText } from "./read-completion";
import type { TResponseCache } from "./response-cache";
import type { TRetryPolicy } from "./retry-policy";
import { sendChatOnce } from "./send-chat";
import type { TChatRequest, TChatResult, TLlmEndpoint } from "./types";
import { withLimiterRetries } from "./with-limiter-retries";

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

  const entry = (deps.clients ?? sharedClients).get(endpoint);
  let sentAt = 0;
  const tried = await withLimiterRetries(
    deps,
    endpoint,
    request.signal,
    () => {
      sentAt = now();
      return sendChatOnce(entry, request, now);
    },
    (answer) => storeAnswer(deps.cache, key, answer),
  );
  if (!tried.ok) return { ok: false, error: tried.error, attempts: tried.attempts, latencyMs: now() - started };
  const outcome = tried.answer;
  const cost = computeCost(outcome, toPrices(endpoint)).total;
  return {
    ...outcome,
    latencyMs: now() - started,
    requestLatencyMs: now() - sentAt,
    attempts: tried.attempts,
    cached: false,
    cost,
  };
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
