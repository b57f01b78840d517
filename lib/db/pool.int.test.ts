import { afterAll, describe, expect, it } from "vitest";
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
    // The server default is left alone for other clients.
    const [serverDefault] = await prisma.$queryRaw<{ value: string }[]>`
      SELECT boot_val AS value FROM pg_settings WHERE name = 'max_parallel_workers_per_gather'`;
    expect(serverDefault?.value).not.toBe("0");
  });
});
