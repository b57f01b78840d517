import type pg from "pg";
import type { TPrisma } from "@/lib/db/prisma";
import type { TChatRequest, TChatResult, TLlmEndpoint } from "@/lib/llm";
import type { TChunkedQueue } from "@/lib/queue/chunked-queue";

/** What the engine needs to call a model: lib/llm's own shapes (limits, retries and the cache live there). */
export type TEndpointForCall = TLlmEndpoint & { name: string };
export type TModelCall = Omit<TChatRequest, "endpoint" | "signal"> & { endpoint: TEndpointForCall };
export type TModelResult = TChatResult;

/** Runs' dispatch jobs (runDispatch) and chunk jobs (sampleGenerate). */
export type TRunQueue = TChunkedQueue;

export type TRunEngineDeps = {
  db: TPrisma;
  /** The same pool Prisma uses: bulk writes (outputs) go through it directly. */
  pool: pg.Pool;
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
    // An address refused by lib/net's outbound policy (internal address, redirect): every sample would be refused.
    (error.kind === "connection" && error.permanent === true) ||
    (error.kind === "rate_limited" && error.permanent === true)
  );
}
