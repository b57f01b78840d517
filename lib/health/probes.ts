import { prisma } from "@/lib/db/prisma";
import { Redis } from "ioredis";
import { env } from "@/lib/env";
import type { THealthProbes } from "./check";

const globalForHealth = globalThis as typeof globalThis & { evalboardHealthRedis?: Redis };

/** Probes of the app's own Postgres and Redis, used by /api/health and the health page. */
export function createAppHealthProbes(): THealthProbes {
  // The offline queue holds a ping issued while (re)connecting; maxRetriesPerRequest and checkHealth's timeout
  // bound how long it waits when Redis is really down.
  globalForHealth.evalboardHealthRedis ??= new Redis(env.REDIS_URL, {
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
  }).on("error", () => {});
  const redis = globalForHealth.evalboardHealthRedis;
  return {
    pingDb: () => prisma.$queryRaw`SELECT 1`,
    pingRedis: () => redis.ping(),
    onFailure: (part, error) =>
      console.warn(`[health] ${part} is down: ${error instanceof Error ? error.message : error}`),
  };
}
