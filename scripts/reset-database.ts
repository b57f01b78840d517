// Empties every application table of the database in DATABASE_URL. Only for the e2e database, which each e2e run
// starts from scratch; it refuses any database whose name does not end in "_e2e".
import pg from "pg";
import { env } from "@/lib/env";

const name = new URL(env.DATABASE_URL).pathname.slice(1);
if (!name.endsWith("_e2e")) throw new Error(`refusing to reset "${name}": only *_e2e databases may be reset`);

const client = new pg.Client({ connectionString: env.DATABASE_URL });
await client.connect();
try {
  const { rows } = await client.query<{ tablename: string }>(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'",
  );
  if (rows.length > 0)
    await client.query(`TRUNCATE ${rows.map((r) => `"${r.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`);
} finally {
  await client.end();
}
