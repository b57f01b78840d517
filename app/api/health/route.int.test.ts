import { afterAll, describe, expect, it } from "vitest";
import { findFreePort, spawnUntil } from "@/test/processes";

// A private redis-server that the test can stop, so the shared one keeps serving the other tests.
const port = await findFreePort();
const redis = await spawnUntil(
  "redis-server",
  ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
  {
    ready: /Ready to accept connections/,
  },
);
process.env.REDIS_URL = `redis://127.0.0.1:${port}`;
const { GET } = await import("./route");

afterAll(() => {
  redis.child.kill("SIGKILL");
});

describe("GET /api/health", () => {
  it("answers 200 with every part ok, then 503 naming Redis once Redis is stopped", async () => {
    const healthy = await GET(new Request("http://127.0.0.1/api/health"), { params: Promise.resolve({}) });
    expect(healthy.status).toBe(200);
    expect(await healthy.json()).toEqual({ status: "ok", db: "ok", redis: "ok" });

    redis.child.kill("SIGKILL");
    await redis.exited;

    const degraded = await GET(new Request("http://127.0.0.1/api/health"), { params: Promise.resolve({}) });
    expect(degraded.status).toBe(503);
    expect(await degraded.json()).toEqual({ status: "unavailable", db: "ok", redis: "down" });
  });
});
