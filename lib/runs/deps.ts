import { pool } from "@/lib/db/pool";
import { prisma } from "@/lib/db/prisma";
import { loadEndpointConnection } from "@/lib/endpoints/connection";
import { env } from "@/lib/env";
import { callChat, createChatDeps } from "@/lib/llm";
import { createServiceConnection } from "@/lib/queue/connection";
import { getProducer } from "@/lib/queue/producer";
import type { TRunEngineDeps } from "./engine-types";
import { createRunQueue } from "./queue";

/** Production wiring of the run engine: Prisma, BullMQ, and lib/llm with its shared limiter and response cache. */
export function createRunEngineDeps(): TRunEngineDeps {
  const chat = createChatDeps({ db: prisma, redis: createServiceConnection(), prefix: env.QUEUE_PREFIX });
  return {
    db: prisma,
    pool,
    queue: createRunQueue(getProducer()),
    callModel: (call) => callChat(chat, call),
    loadEndpoint: (endpointId) => loadEndpointConnection(endpointId, prisma),
  };
}
