import { randomUUID } from "node:crypto";
import { createServer } from "node:net";
import { Redis } from "ioredis";
import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { buildCacheKey } from "@/lib/llm/cache-key";
import type { TChatRequest, TLlmEndpoint } from "@/lib/llm/types";

// Test-only helpers for the lib/llm integration tests: unique ids, and cleanup of only what a test made.

export function makeEndpoint(baseUrl: string, overrides: Partial<TLlmEndpoint> = {}): TLlmEndpoint {
  return {
    id: `ep-${randomUUID()}`,
    baseUrl,
    model: "test-model",
    apiKey: `sk-test-${randomUUID().replaceAll("-", "")}`,
    headers: null,
    timeoutMs: 5_000,
    maxConcurrency: 4,
    requestsPerMinute: null,
    inputPricePerM: 1,
    outputPricePerM: 2,
    ...overrides,
  };
}

/** Requests with texts no other test uses, so the shared response cache never answers for another test. */
export function createRequests(endpoint: TLlmEndpoint) {
  const made: TChatRequest[] = [];
  const tag = randomUUID();
  return {
    next(label: string, overrides: Partial<TChatRequest> = {}): TChatRequest {
      const content = `${label} ${tag} #${made.length}`;
      const request: TChatRequest = { endpoint, messages: [{ role: "user", content }], temperature: 0, maxTokens: 8 };
      made.push({ ...request, ...overrides });
      return made[made.length - 1] as TChatRequest;
    },
    async removeCached(): Promise<void> {
      const keys = made.map((request) =>
        buildCacheKey({ ...request, baseUrl: request.endpoint.baseUrl, model: request.endpoint.model }),
      );
      await prisma.responseCache.deleteMany({ where: { key: { in: keys } } });
    },
  };
}

/** A Redis connection and a key prefix of its own; `close` deletes every key under the prefix. */
export function createIsolatedRedis(prefix = `evalboard-test-llm-${randomUUID().slice(0, 8)}`) {
  const redis = new Redis(env.REDIS_URL, { maxRetriesPerRequest: 1 });
  return {
    redis,
    prefix,
    async close(): Promise<void> {
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
    },
  };
}

/** A port nothing listens on: bound once by us, then released. */
export async function findClosedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}
