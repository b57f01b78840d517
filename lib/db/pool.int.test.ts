import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { pool } from "./pool";
import { prisma } from "./prisma";

afterAll(async () => {
  await prisma.$disconnect();
});

describe("the connection pool", () => {
  it("opens sessions without parallel query plans, for Prisma and for raw pg alike", async () => {
    const [viaPrisma] = await prisma.$queryRaw<{ value: string }[]>`
      SELECT current_setting('max_parallel_workers_per_gather') AS value`;
    expect(viaPrisma?.value).toBe("0");
    const viaPg = await pool.query<{ value: string }>(
      "SELECT current_setting('max_parallel_workers_per_gather') AS value",
    );
    expect(viaPg.rows[0]?.value).toBe("0");
    // Other clients of the server keep its default.
    const other = new pg.Client({ connectionString: env.DATABASE_URL });
    await other.connect();
    try {
      const { rows } = await other.query<{ value: string }>(
        "SELECT current_setting('max_parallel_workers_per_gather') AS value",
      );
      expect(rows[0]?.value).not.toBe("0");
    } finally {
      await other.end();
    }
  });
});
