import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import { env } from "@/lib/env";
import { PrismaClient, type Prisma } from "./generated/client";
import { createPool, pool } from "./pool";

export type TPrisma = PrismaClient;
/** The client or a transaction: what functions that only run queries should accept. */
export type TDb = Prisma.TransactionClient;

export function createPrismaClient(source: pg.Pool = createPool()): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg(source) });
}

// One client per process: Next's dev server re-evaluates modules on every reload, so keep it on globalThis.
const globalForPrisma = globalThis as typeof globalThis & { evalboardPrisma?: PrismaClient };

export const prisma: PrismaClient = globalForPrisma.evalboardPrisma ?? createPrismaClient(pool);
if (env.NODE_ENV !== "production") globalForPrisma.evalboardPrisma = prisma;
