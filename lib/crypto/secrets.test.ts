import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret, SecretDecryptionError } from "./secrets";

const key = randomBytes(32);
const otherKey = randomBytes(32);

function tamper(payload: string, index: number): string {
  const parts = payload.split(":");
  const bytes = Buffer.from(parts[index] ?? "", "base64");
  bytes[0] = (bytes[0] ?? 0) ^ 0x01;
  parts[index] = bytes.toString("base64");
  return parts.join(":");
}

describe("encryptSecret / decryptSecret", () => {
  it("round-trips unicode text and empty strings", () => {
    for (const text of ["sk-proj-abc123XYZ", "", "clé secrète ✓ 🔑", "x".repeat(10_000)]) {
      expect(decryptSecret(encryptSecret(text, "test", key), "test", key)).toBe(text);
    }
  });

  it("writes the versioned format with a 12-byte IV and a 16-byte tag, and no plaintext", () => {
    const payload = encryptSecret("sk-live-visible-secret", "test", key);
    const [version, iv, tag, data] = payload.split(":");
    expect(version).toBe("v1");
    expect(Buffer.from(iv ?? "", "base64")).toHaveLength(12);
    expect(Buffer.from(tag ?? "", "base64")).toHaveLength(16);
    expect(Buffer.from(data ?? "", "base64")).toHaveLength("sk-live-visible-secret".length);
    expect(payload).not.toContain("visible");
  });

  it("uses a fresh IV each time, so equal secrets give different ciphertexts", () => {
    const first = encryptSecret("same", "test", key);
    const second = encryptSecret("same", "test", key);
    expect(first).not.toBe(second);
    expect(first.split(":")[1]).not.toBe(second.split(":")[1]);
  });

  it("refuses a different key with an error that names the setting to check", () => {
    const payload = encryptSecret("sk-abc", "test", key);
    expect(() => decryptSecret(payload, "test", otherKey)).toThrow(SecretDecryptionError);
    expect(() => decryptSecret(payload, "test", otherKey)).toThrow(/EVALBOARD_ENCRYPTION_KEY differs/);
  });

  it("detects altered ciphertext, tag or IV", () => {
    const payload = encryptSecret("sk-abc", "test", key);
    for (const index of [1, 2, 3]) {
      expect(() => decryptSecret(tamper(payload, index), "test", key)).toThrow(SecretDecryptionError);
    }
  });

  it("binds the purpose: a ciphertext moved to another column does not decrypt", () => {
    const payload = encryptSecret("sk-abc", "endpoint.apiKey", key);
    expect(() => decryptSecret(payload, "endpoint.headers", key)).toThrow(SecretDecryptionError);
  });

  it("rejects unknown versions and malformed values clearly", () => {
    const payload = encryptSecret("sk-abc", "test", key);
    expect(() => decryptSecret(payload.replace(/^v1/, "v9"), "test", key)).toThrow(/unknown format "v9"/);
    expect(() => decryptSecret("sk-plaintext", "test", key)).toThrow(/unknown format/);
    expect(() => decryptSecret("v1:abc", "test", key)).toThrow(/malformed/);
    expect(() => decryptSecret("v1:AAAA:AAAA:AAAA", "test", key)).toThrow(/malformed/);
  });
});
