import type pg from "pg";
import type { TPrisma } from "@/lib/db/prisma";
import type { TEndpointForCall, TModelCall, TModelResult } from "@/lib/runs/engine-types";
import type { TChunkedQueue } from "@/lib/queue/chunked-queue";

/** Judgings' dispatch jobs (judgingDispatch) and chunk jobs (judgingChunk). */
export type TJudgingQueue = TChunkedQueue;

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
