import type { TPrisma } from "@/lib/db/prisma";
import type { TChatMessage } from "./prompt";

/** What the engine needs to call a model; lib/llm provides the real one, with limits, retries and the cache. */
export type TEndpointForCall = {
  id: string;
  name: string;
  baseUrl: string;
  model: string;
  apiKey: string | null;
  headers: Record<string, string> | null;
  timeoutMs: number;
  maxConcurrency: number;
  requestsPerMinute: number | null;
  inputPricePerM: number | null;
  outputPricePerM: number | null;
};

export type TModelCall = {
  endpoint: TEndpointForCall;
  messages: TChatMessage[];
  temperature: number;
  maxTokens: number;
  seed: number;
};

export type TModelResult =
  | {
      ok: true;
      content: string;
      promptTokens: number | null;
      completionTokens: number | null;
      latencyMs: number;
      /** The successful request alone (no waiting for a slot, no earlier attempts): what latency metrics use. */
      requestLatencyMs: number;
      attempts: number;
      cached: boolean;
      cost: number | null;
    }
  | { ok: false; error: { kind: string; message: string; permanent?: boolean }; attempts: number; latencyMs: number };

export type TRunQueue = {
  /** The queue namespace (QUEUE_PREFIX): recorded on each run, so only this install's workers reconcile it. */
  prefix: string;
  enqueueDispatch: (runId: string) => Promise<void>;
  /** Adds chunk jobs with deterministic ids; a job whose id is already queued is not added twice. */
  addChunks: (runId: string, generation: number, chunks: number[]) => Promise<void>;
  /** "waiting" | "active" | "delayed" | "prioritized" | "completed" | "failed" | "unknown" ... */
  chunkState: (runId: string, generation: number, chunk: number) => Promise<string>;
  removeChunk: (runId: string, generation: number, chunk: number) => Promise<void>;
};

export type TRunEngineDeps = {
  db: TPrisma;
  queue: TRunQueue;
  callModel: (call: TModelCall) => Promise<TModelResult>;
  loadEndpoint: (endpointId: string) => Promise<TEndpointForCall>;
};

/**
 * Errors after which every further call of the run would fail the same way, so the run stops at once: a bad key,
 * an unknown model, an exhausted quota (a permanent 429). A 400 is not among them: it is usually one sample's fault
 * (too long for the context window) and is recorded as that sample's error.
 */
export function isRunStoppingError(error: { kind: string; permanent?: boolean }): boolean {
  return (
    error.kind === "auth" ||
    error.kind === "model_not_found" ||
    (error.kind === "rate_limited" && error.permanent === true)
  );
}
