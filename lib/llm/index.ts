// The public surface of lib/llm: everything the run engine, the judge and the endpoints UI need.
import type { Redis } from "ioredis";
import type { TPrisma } from "@/lib/db/prisma";
import type { TCallChatDeps } from "./call-chat";
import { createRedisLimiter, type TRedisLimiterOptions } from "./limiter/redis-limiter";
import { createPgResponseCache } from "./response-cache";
import type { TRetryPolicy } from "./retry-policy";

export { callChat, type TCallChatDeps } from "./call-chat";
export { callEmbeddings, type TEmbedding, type TEmbeddingsRequest, type TEmbeddingsResult } from "./call-embeddings";
export { testConnection, type TConnectionTestResult, type TTestConnectionOptions } from "./test-connection";
export { buildCacheKey } from "./cache-key";
export { createPgResponseCache, noResponseCache, type TCachedResponse, type TResponseCache } from "./response-cache";
export { createRedisLimiter, type TRedisLimiter, type TRedisLimiterOptions } from "./limiter/redis-limiter";
export { unlimitedLimiter } from "./limiter/unlimited-limiter";
export type { TEndpointLimits, TLease, TLeaseOutcome, TLimiter, TLimiterState } from "./limiter/types";
export { createClientCache, type TClientCache } from "./openai-clients";
export { defaultRetryPolicy, type TRetryPolicy } from "./retry-policy";
export type * from "./types";

export type TChatDepsOptions = {
  db: TPrisma;
  /** A dedicated connection (e.g. createWorkerConnection()), not one BullMQ blocks on. */
  redis: Redis;
  /** env.QUEUE_PREFIX in the app. */
  prefix: string;
  limiter?: Omit<TRedisLimiterOptions, "redis" | "prefix">;
  retry?: Partial<TRetryPolicy>;
};

/** The production wiring: Postgres response cache and the Redis limiter shared by all worker processes. */
export function createChatDeps(options: TChatDepsOptions): TCallChatDeps {
  const deps: TCallChatDeps = {
    cache: createPgResponseCache(options.db),
    limiter: createRedisLimiter({ ...options.limiter, redis: options.redis, prefix: options.prefix }),
  };
  if (options.retry) deps.retry = options.retry;
  return deps;
}
