import type pg from "pg";
import type { TPrisma } from "@/lib/db/prisma";
import type { TEndpointForCall, TModelCall, TModelResult } from "@/lib/runs/engine-types";

export type TJudgingQueue = {
  /** The queue namespace (QUEUE_PREFIX): recorded on each judging, so only this install's workers reconcile it. */
  prefix: string;
  enqueueDispatch: (judgingId: string) => Promise<void>;
  /** Adds chunk jobs with deterministic ids; a job whose id is already queued is not added twice. */
  addChunks: (judgingId: string, generation: number, chunks: number[]) => Promise<void>;
  chunkState: (judgingId: string, generation: number, chunk: number) => Promise<string>;
  removeChunk: (judgingId: string, generation: number, chunk: number) => Promise<void>;
};

/** The judge engine needs what the run engine needs (lib/llm's limiter, retries and cache) and its own queue. */
export type TJudgingEngineDeps = {
  db: TPrisma;
  pool: pg.Pool;
  queue: TJudgingQueue;
  callModel: (call: TModelCall) => Promise<TModelResult>;
  loadEndpoint: (endpointId: string) => Promise<TEndpointForCall>;
};

export type TJudgingEnqueuer = Pick<TJudgingQueue, "prefix" | "enqueueDispatch">;

/** Deterministic BullMQ job id (no colons: BullMQ reserves them). */
export function judgingChunkJobId(judgingId: string, generation: number, chunk: number): string {
  return `judging-${judgingId}-g${generation}-c${chunk}`;
}
