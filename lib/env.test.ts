import { describe, expect, it } from "vitest";
import { loadEnv } from "./env";

const key = Buffer.alloc(32, 7).toString("base64");

describe("loadEnv", () => {
  it("applies safe local defaults, treating empty strings as unset", () => {
    const env = loadEnv({ DATABASE_URL: "", QUEUE_PREFIX: "" });
    expect(env.DATABASE_URL).toBe("postgresql://postgres@127.0.0.1:5432/evalboard");
    expect(env.QUEUE_PREFIX).toBe("evalboard");
    expect(env.WORKERS_HEALTH_PORT).toBe(3101);
  });

  it("names every invalid variable", () => {
    expect(() => loadEnv({ REDIS_URL: "not a url", QUEUE_PREFIX: "a b" })).toThrow(/REDIS_URL[\s\S]*QUEUE_PREFIX/);
  });

  it("refuses to run in production without an encryption key", () => {
    expect(() => loadEnv({ NODE_ENV: "production" })).toThrow(/EVALBOARD_ENCRYPTION_KEY: required in production/);
    expect(loadEnv({ NODE_ENV: "production", EVALBOARD_ENCRYPTION_KEY: key }).EVALBOARD_ENCRYPTION_KEY).toBe(key);
  });

  it("rejects a key of the wrong length", () => {
    expect(() => loadEnv({ EVALBOARD_ENCRYPTION_KEY: Buffer.alloc(16).toString("base64") })).toThrow(/32 bytes/);
  });
});

describe("loadEnv: accounts", () => {
  it("wants the first admin's email and password together", () => {
    expect(() => loadEnv({ EVALBOARD_ADMIN_EMAIL: "a@example.com" })).toThrow(/set both or neither/);
    const env = loadEnv({ EVALBOARD_ADMIN_EMAIL: "a@example.com", EVALBOARD_ADMIN_PASSWORD: "long enough pw" });
    expect(env.EVALBOARD_ADMIN_EMAIL).toBe("a@example.com");
  });

  it("rejects a short admin password and a short auth secret", () => {
    expect(() => loadEnv({ EVALBOARD_ADMIN_EMAIL: "a@example.com", EVALBOARD_ADMIN_PASSWORD: "short" })).toThrow(
      /EVALBOARD_ADMIN_PASSWORD: at least 10 characters/,
    );
    expect(() => loadEnv({ BETTER_AUTH_SECRET: "x" })).toThrow(/BETTER_AUTH_SECRET: at least 32/);
  });
});
