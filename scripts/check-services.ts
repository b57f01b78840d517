// Checks that the Postgres and Redis of the environment answer; exit code 1 names the one that does not.
import { Redis } from "ioredis";
import pg from "pg";
import { env } from "@/lib/env";

const quiet = process.argv.includes("--quiet");
const adminUrl = new URL(env.DATABASE_URL);
adminUrl.pathname = "/postgres";

async function checkPostgres(): Promise<string | null> {
  const client = new pg.Client({ connectionString: adminUrl.toString(), connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (error) {
    return `Postgres at ${adminUrl.host}: ${(error as Error).message}`;
  } finally {
    await client.end().catch(() => {});
  }
}

async function checkRedis(): Promise<string | null> {
  const redis = new Redis(env.REDIS_URL, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 3_000,
  });
  redis.on("error", () => {});
  try {
    await redis.connect();
    await redis.ping();
    return null;
  } catch (error) {
    return `Redis at ${new URL(env.REDIS_URL).host}: ${(error as Error).message}`;
  } finally {
    redis.disconnect();
  }
}

const problems = (await Promise.all([checkPostgres(), checkRedis()])).filter((p): p is string => p !== null);
if (!quiet) for (const problem of problems) console.error(`unreachable: ${problem}`);
process.exit(problems.length === 0 ? 0 : 1);
