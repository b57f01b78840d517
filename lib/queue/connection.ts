import { Redis, type RedisOptions } from "ioredis";
import { env } from "@/lib/env";

/**
 * Producers (web requests, scripts) fail fast when Redis is down instead of queueing commands in memory forever;
 * workers must retry indefinitely (BullMQ requires maxRetriesPerRequest: null for blocking connections).
 */
export function createProducerConnection(url: string = env.REDIS_URL): Redis {
  return withErrorLog(new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2_000 }));
}

export function createWorkerConnection(url: string = env.REDIS_URL): Redis {
  const options: RedisOptions = { maxRetriesPerRequest: null, enableReadyCheck: true };
  return withErrorLog(new Redis(url, options));
}

/** For short commands outside BullMQ (the model limiter): queues commands while reconnecting, then gives up. */
export function createServiceConnection(url: string = env.REDIS_URL): Redis {
  return withErrorLog(new Redis(url, { maxRetriesPerRequest: 3, connectTimeout: 5_000 }));
}

function withErrorLog(redis: Redis): Redis {
  // Without a listener ioredis prints every failed reconnect as an unhandled error event.
  let lastLogged = 0;
  redis.on("error", (error: Error) => {
    const now = Date.now();
    if (now - lastLogged < 10_000) return;
    lastLogged = now;
    console.warn(`[redis] ${error.message}`);
  });
  return redis;
}
