import { createHash } from "node:crypto";
import { toCanonicalJson, normaliseBaseUrl } from "./cache-key";
import { buildResponseError, classifyError } from "./classify-error";
import type { TCallChatDeps } from "./call-chat";
import { createClientCache, type TClientEntry } from "./openai-clients";
import type { TLlmEndpoint, TLlmError } from "./types";
import { withLimiterRetries, type TAttemptFailure, type TRetriedResult } from "./with-limiter-retries";

/** Texts per `POST /embeddings` request (OpenAI accepts up to 2,048 inputs; smaller requests retry cheaper). */
export const EMBEDDING_BATCH = 128;
const sharedClients = createClientCache();

export type TEmbeddingsRequest = { endpoint: TLlmEndpoint; texts: readonly string[]; signal?: AbortSignal };

/** One text's vector and its share of the accounting (tokens split over a request's texts by length). */
export type TEmbedding = { vector: Float32Array; promptTokens: number | null; cost: number | null; cached: boolean };

type TEmbeddingsAnswer = { ok: true; embeddings: TEmbedding[] };

export type TEmbeddingsResult =
  | { ok: true; embeddings: TEmbedding[]; attempts: number; latencyMs: number }
  | { ok: false; error: TLlmError; attempts: number; latencyMs: number };

/** The cache key of one text's embedding: another namespace than chat answers (`kind`), same base-URL rules. */
export function buildEmbeddingCacheKey(endpoint: { baseUrl: string; model: string }, text: string): string {
  const canonical = toCanonicalJson({
    v: 1,
    kind: "embedding",
    baseUrl: normaliseBaseUrl(endpoint.baseUrl),
    model: endpoint.model,
    input: text,
  });
  return createHash("sha256").update(canonical).digest("hex");
}

/** Vectors are cached as little-endian float32 in base64 (what the OpenAI API itself sends): 4 bytes a dimension. */
export function encodeVector(vector: Float32Array): string {
  return Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength).toString("base64");
}

export function decodeVector(content: string): Float32Array {
  const bytes = Buffer.from(content, "base64");
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return new Float32Array(copy.buffer);
}

/**
 * Embeddings of many texts through the OpenAI SDK (`POST /embeddings`), the same way `callChat` asks for answers:
 * each text is looked up in the response cache first (a text embedded once is never paid again), the rest go in
 * requests of up to EMBEDDING_BATCH texts, each taking a slot of the endpoint's shared limiter and retried on 429 /
 * 5xx / timeouts with backoff. A request's usage is shared among its texts by length, so summing the texts' tokens
 * and cost gives what the request cost. Never throws for a model failure: the first request that fails for good
 * fails the call (`ok: false`); requests that succeeded before it stay cached.
 */
export async function callEmbeddings(deps: TCallChatDeps, request: TEmbeddingsRequest): Promise<TEmbeddingsResult> {
  const now = deps.now ?? Date.now;
  const started = now();
  const { endpoint, texts } = request;
  const keys = texts.map((text) => buildEmbeddingCacheKey(endpoint, text));
  const hits = await Promise.all(keys.map((key) => deps.cache.get(key)));
  const embeddings: (TEmbedding | null)[] = hits.map((hit) =>
    hit ? { vector: decodeVector(hit.content), promptTokens: hit.promptTokens, cost: 0, cached: true } : null,
  );
  const missing = [...new Set(texts.filter((_, index) => embeddings[index] === null))];
  let attempts = 0;
  const fetched = new Map<string, TEmbedding>();
  for (let start = 0; start < missing.length; start += EMBEDDING_BATCH) {
    const batch = missing.slice(start, start + EMBEDDING_BATCH);
    const result = await requestBatch(deps, endpoint, batch, request.signal);
    attempts += result.attempts;
    if (!result.ok) return { ok: false, error: result.error, attempts, latencyMs: now() - started };
    const { embeddings: batchEmbeddings } = result.answer;
    batch.forEach((text, index) => fetched.set(text, batchEmbeddings[index]!));
    await Promise.all(
      batch.map((text, index) => {
        const { vector, promptTokens } = batchEmbeddings[index]!;
        return deps.cache
          .put(buildEmbeddingCacheKey(endpoint, text), {
            content: encodeVector(vector),
            promptTokens,
            completionTokens: 0,
          })
          .catch((error: unknown) => console.warn(`[llm] could not store a cached embedding: ${String(error)}`));
      }),
    );
  }
  // A text asked twice in one call is paid once: its later copies read as cached.
  const used = new Set<string>();
  const result = texts.map((text, index) => {
    const hit = embeddings[index];
    if (hit) return hit;
    const paid = fetched.get(text)!;
    if (used.has(text)) return { ...paid, cost: paid.cost === null ? null : 0, cached: true };
    used.add(text);
    return paid;
  });
  return { ok: true, embeddings: result, attempts, latencyMs: now() - started };
}

function requestBatch(
  deps: TCallChatDeps,
  endpoint: TLlmEndpoint,
  texts: string[],
  signal: AbortSignal | undefined,
): Promise<TRetriedResult<TEmbeddingsAnswer>> {
  const entry = (deps.clients ?? sharedClients).get(endpoint);
  const now = deps.now ?? Date.now;
  return withLimiterRetries(deps, endpoint, signal, () => sendEmbeddingsOnce(entry, endpoint, texts, signal, now));
}

async function sendEmbeddingsOnce(
  entry: TClientEntry,
  endpoint: TLlmEndpoint,
  texts: string[],
  signal: AbortSignal | undefined,
  now: () => number,
): Promise<TEmbeddingsAnswer | TAttemptFailure> {
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), endpoint.timeoutMs);
  const combined = signal ? AbortSignal.any([signal, deadline.signal]) : deadline.signal;
  try {
    const body: unknown = await entry.client.embeddings.create(
      { model: endpoint.model, input: texts, encoding_format: "float" },
      { signal: combined },
    );
    return readEmbeddings(body, endpoint, texts);
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    return { ok: false, ...classifyError(error, endpoint, { timedOut: deadline.signal.aborted, now: now() }) };
  } finally {
    clearTimeout(timer);
  }
}

/** Reads a 200 without trusting its shape: one finite vector per input, all of one dimension. */
export function readEmbeddings(
  body: unknown,
  endpoint: TLlmEndpoint,
  texts: readonly string[],
): TEmbeddingsAnswer | TAttemptFailure {
  const fail = (detail: string) => ({ ok: false as const, ...buildResponseError(endpoint, "malformed", detail) });
  if (typeof body !== "object" || body === null || !Array.isArray((body as { data?: unknown }).data))
    return fail("the embeddings response has no `data` array");
  const data = (body as { data: unknown[] }).data;
  if (data.length !== texts.length) return fail(`${data.length} embeddings came back for ${texts.length} texts`);
  const vectors: Float32Array[] = new Array(texts.length);
  for (const [position, item] of data.entries()) {
    const record = (typeof item === "object" && item !== null ? item : {}) as { index?: unknown; embedding?: unknown };
    const index = typeof record.index === "number" ? record.index : position;
    const values = record.embedding;
    if (
      !Array.isArray(values) ||
      values.length === 0 ||
      !values.every((v) => typeof v === "number" && Number.isFinite(v))
    )
      return fail(`embedding ${index} is not a list of numbers`);
    if (index < 0 || index >= texts.length || vectors[index]) return fail(`embedding index ${index} is out of place`);
    vectors[index] = Float32Array.from(values as number[]);
  }
  const dimensions = vectors[0]!.length;
  if (vectors.some((vector) => vector.length !== dimensions)) return fail("embeddings of different dimensions");
  const usage = (body as { usage?: { prompt_tokens?: unknown } }).usage;
  const total = typeof usage?.prompt_tokens === "number" ? usage.prompt_tokens : null;
  const shares = shareTokens(total, texts);
  const price = endpoint.inputPricePerM;
  return {
    ok: true,
    embeddings: vectors.map((vector, index) => {
      const promptTokens = shares?.[index] ?? null;
      const cost = promptTokens === null || price === null ? null : (promptTokens * price) / 1e6;
      return { vector, promptTokens, cost, cached: false };
    }),
  };
}

/** A request's tokens shared among its texts by length (largest remainders), so the shares add up to the total. */
export function shareTokens(total: number | null, texts: readonly string[]): number[] | null {
  if (total === null) return null;
  const lengths = texts.map((text) => Math.max(1, text.length));
  const sum = lengths.reduce((a, b) => a + b, 0);
  const exact = lengths.map((length) => (total * length) / sum);
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, index) => ({ index, rest: value - Math.floor(value) }))
    .sort((a, b) => b.rest - a.rest);
  for (const { index } of order) {
    if (left <= 0) break;
    shares[index]! += 1;
    left -= 1;
  }
  return shares;
}
