import { describe, expect, it, vi } from "vitest";
import { DEVELOPMENT_KEY, resolveEncryptionKey } from "./key";

describe("resolveEncryptionKey", () => {
  it("decodes the configured base64 key", () => {
    const raw = Buffer.alloc(32, 9);
    const warn = vi.fn();
    expect(
      resolveEncryptionKey({ EVALBOARD_ENCRYPTION_KEY: raw.toString("base64"), NODE_ENV: "production" }, warn),
    ).toEqual(raw);
    expect(warn).not.toHaveBeenCalled();
  });

  it("falls back to the fixed development key outside production and warns only once", () => {
    const warn = vi.fn();
    const first = resolveEncryptionKey({ NODE_ENV: "development" }, warn);
    const second = resolveEncryptionKey({ NODE_ENV: "test" }, warn);
    expect(first).toEqual(DEVELOPMENT_KEY);
    expect(second).toEqual(first);
    expect(first).toHaveLength(32);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/EVALBOARD_ENCRYPTION_KEY is not set/);
  });

  it("never falls back in production and rejects a key of the wrong length", () => {
    expect(() => resolveEncryptionKey({ NODE_ENV: "production" })).toThrow(/required in production/);
    expect(() =>
      resolveEncryptionKey({ EVALBOARD_ENCRYPTION_KEY: Buffer.alloc(16).toString("base64"), NODE_ENV: "test" }),
    ).toThrow(/32 bytes/);
  });
});
