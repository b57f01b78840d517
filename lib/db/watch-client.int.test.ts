import { afterEach, describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { startTcpProxy } from "@/test/tcp-proxy";
import { createPool } from "./pool";
import { watchClient } from "./watch-client";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});

describe("watchClient", () => {
  it("survives a connection cut while a checked-out client is idle, and destroys that client on release", async () => {
    const url = new URL(env.DATABASE_URL);
    const proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
    cleanups.push(() => proxy.close());
    url.port = String(proxy.port);
    const pool = createPool(url.toString(), 2);
    cleanups.push(() => pool.end());

    const client = await pool.connect();
    const watched = watchClient(client, "test");
    await client.query("SELECT 1");
    // 'end', not 'error': the only 'error' listener must be watchClient's. Unwatched, the client's 'error' would be
    // an uncaught exception, which fails this run (and crashed the workers process mid-outage).
    const ended = new Promise<void>((resolve) => client.once("end", () => resolve()));
    proxy.startOutage();
    await ended;
    proxy.endOutage();
    watched.release();

    expect(pool.totalCount).toBe(0); // destroyed, not handed back
    const { rows } = await pool.query<{ one: number }>("SELECT 1 AS one");
    expect(rows[0]?.one).toBe(1);
  });

  it("hands a healthy client back to the pool", async () => {
    const pool = createPool(env.DATABASE_URL, 2);
    cleanups.push(() => pool.end());
    const client = await pool.connect();
    const watched = watchClient(client, "test");
    await client.query("SELECT 1");
    watched.release();
    expect(pool.idleCount).toBe(1);
    expect(client.listenerCount("error")).toBeLessThanOrEqual(1); // only the pool's own idle listener
  });
});
