import type pg from "pg";
import { pool } from "@/lib/db/pool";
import { prisma, type TDb } from "@/lib/db/prisma";
import { loadEndpointConnection } from "@/lib/endpoints/connection";
import { env } from "@/lib/env";
import { callChat, callEmbeddings, createChatDeps, type TEmbeddingsRequest, type TEmbeddingsResult } from "@/lib/llm";
import { createServiceConnection } from "@/lib/queue/connection";
import type { TEndpointForCall, TModelCall, TModelResult } from "./model-call";
import type { TJobQueue } from "./queue";

/** What every kind's chunks use: the database, its pool (bulk writes) and lib/llm (limiter, retries, cache). */
export type TJobDeps = {
  db: TDb;
  /** The same pool Prisma uses: bulk writes (outputs, judgements) go through it directly. */
  pool: pg.Pool;
  callModel: (call: TModelCall) => Promise<TModelResult>;
  loadEndpoint: (endpointId: string) => Promise<TEndpointForCall>;
  /** Embeddings through the same cache and limiter (embedding-classifier runs); absent where no kind needs them. */
  embed?: (request: TEmbeddingsRequest) => Promise<TEmbeddingsResult>;
};

/** The engine's dependencies for one kind: the shared ones plus that kind's queue. */
export type TKindDeps = TJobDeps & { queue: TJobQueue };

/**
 * Production wiring, once per workers process: Prisma, and lib/llm with its shared limiter and response cache, so
 * a run and a judging calling the same endpoint share one limiter.
 */
export function createJobDeps(): TJobDeps {
  const chat = createChatDeps({ db: prisma, redis: createServiceConnection(), prefix: env.QUEUE_PREFIX });
  return {
    db: prisma,
    pool,
    callModel: (call) => callChat(chat, call),
    embed: (request) => callEmbeddings(chat, request),
    loadEndpoint: (endpointId) => loadEndpointConnection(endpointId, prisma),
  };
}
