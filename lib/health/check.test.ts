import { describe, expect, it } from "vitest";
import { checkHealth, healthHttpStatus } from "./check";

const ok = () => Promise.resolve("PONG");
const refused = () => Promise.reject(new Error("connect ECONNREFUSED"));
const never = () => new Promise(() => {});

describe("checkHealth", () => {
  it("is ok when both parts answer", async () => {
    const health = await checkHealth({ pingDb: ok, pingRedis: ok });
    expect(health).toEqual({ status: "ok", db: "ok", redis: "ok" });
    expect(healthHttpStatus(health)).toBe(200);
  });

  it("names the failing part and maps to 503", async () => {
    const failures: string[] = [];
    const health = await checkHealth({ pingDb: ok, pingRedis: refused, onFailure: (part) => failures.push(part) });
    expect(health).toEqual({ status: "unavailable", db: "ok", redis: "down" });
    expect(healthHttpStatus(health)).toBe(503);
    expect(failures).toEqual(["redis"]);
  });

  it("treats a hanging dependency as down after the timeout", async () => {
    const health = await checkHealth({ pingDb: never, pingRedis: ok, timeoutMs: 20 });
    expect(health).toEqual({ status: "unavailable", db: "down", redis: "ok" });
  });
});
