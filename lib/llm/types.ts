import type { TAnswerFormat } from "@/lib/answer-modes/modes";
import type { TTokenLogprob } from "@/lib/answer-modes/logprobs";

// The public shapes of the model-calling module: what the run engine, the judge and "test connection" pass in and get
// back. Everything else in lib/llm is an implementation detail behind `callChat` and `testConnection`.

/** One OpenAI-compatible endpoint, with its API key and headers already decrypted. */
export type TLlmEndpoint = {
  id: string;
  /** Shown in error messages; the model name is used when absent. */
  name?: string;
  /** OpenAI-compatible base URL, e.g. https://api.openai.com/v1 or http://127.0.0.1:8000/v1. */
  baseUrl: string;
  model: string;
  /** null for servers without authentication (vLLM, Ollama...): no Authorization header is sent. */
  apiKey: string | null;
  headers: Record<string, string> | null;
  /** Per attempt: no response within this time is a `timeout` (retried). */
  timeoutMs: number;
  /** Upper bound of requests in flight to this endpoint across all worker processes. */
  maxConcurrency: number;
  requestsPerMinute: number | null;
  /** USD per million tokens; null when unknown (the cost is then null, never 0). */
  inputPricePerM: number | null;
  outputPricePerM: number | null;
};

export type TChatMessage = { role: "system" | "user" | "assistant"; content: string };

export type TChatRequest = {
  endpoint: TLlmEndpoint;
  messages: readonly TChatMessage[];
  temperature: number;
  maxTokens: number;
  seed?: number;
  /** Extra body fields of the run's answer mode (response_format, guided choice, logprobs); part of the cache key. */
  answerFormat?: TAnswerFormat | null;
  /** Aborting rejects callChat with the signal's reason (a cancelled run is not a model error). */
  signal?: AbortSignal;
};

export type TLlmErrorKind =
  | "auth"
  | "model_not_found"
  | "bad_request"
  | "rate_limited"
  | "server"
  | "timeout"
  | "connection"
  | "malformed"
  | "empty";

export type TLlmError = {
  kind: TLlmErrorKind;
  /** Names the endpoint and the cause; never contains the API key. */
  message: string;
  /** HTTP status when the server answered. */
  status?: number;
  /** Retrying cannot help (auth, model_not_found, bad_request): the run engine stops the whole run. */
  permanent: boolean;
};

export type TChatSuccess = {
  ok: true;
  content: string;
  promptTokens: number | null;
  completionTokens: number | null;
  /** The reply's token log-probabilities when they were asked for and came back; null otherwise. */
  logprobs?: TTokenLogprob[] | null;
  /** Wall time of the whole call, retries and waits for a slot included; for a cache hit, the lookup time. */
  latencyMs: number;
  /**
   * The model's own answer time: the successful attempt alone, without waiting for a slot or earlier attempts.
   * This is the latency to compare models on; latencyMs is what the caller waited.
   */
  requestLatencyMs: number;
  /** Requests sent to the model; 0 for a cache hit. */
  attempts: number;
  cached: boolean;
  /** USD spent by this call: null when the endpoint has no price, 0 for a cache hit (nothing was paid now). */
  cost: number | null;
};

export type TChatFailure = {
  ok: false;
  error: TLlmError;
  attempts: number;
  latencyMs: number;
};

export type TChatResult = TChatSuccess | TChatFailure;
