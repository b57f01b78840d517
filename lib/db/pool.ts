import "server-only";
import pg from "pg";
import { env } from "@/lib/env";

export function createPool(databaseUrl: string = env.DATABASE_URL, max = 10): pg.Pool {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max,
    connectionTimeoutMillis: 5_000,
    // No parallel query plans. Every query here is bounded to one run or one dataset by an index, and most read a
    // page (LIMIT 51): launching parallel workers costs more than they save (on the 2-core reference machine a
    // Gather waited ~150 ms for its workers, turning a 20 ms drill-down page into 170 ms; see bench/leaderboard.ts).
    // Set by pg-pool's onConnect hook, which the pool awaits before handing the connection out (a startup `options`
    // parameter would be refused by PgBouncer and most managed poolers).
    onConnect: (client) => client.query("SET max_parallel_workers_per_gather = 0"),
  });
  // An idle client whose server went away (Postgres restarted) emits 'error' on the pool; without a listener Node
  // would crash the process. The pool drops that client and the next query opens a fresh connection.
  pool.on("error", (error) => console.warn(`[db] idle connection lost: ${error.message}`));
  return pool;
}

// One pool per process, shared by Prisma (through the driver adapter) and the bulk paths (COPY, multi-row inserts).
const globalForPool = globalThis as typeof globalThis & { evalboardPool?: pg.Pool };

export const pool: pg.Pool = globalForPool.evalboardPool ?? createPool();
if (env.NODE_ENV !== "production") globalForPool.evalboardPool = pool;
