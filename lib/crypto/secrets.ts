import "server-only";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { env } from "@/lib/env";
import { resolveEncryptionKey } from "./key";

/**
 * Secrets at rest: AES-256-GCM, a fresh random 12-byte IV per encryption, stored as
 * `v1:<iv b64>:<tag b64>:<ciphertext b64>`. The version prefix leaves room for a future algorithm or key rotation.
 * `purpose` is bound as associated data so a ciphertext copied into another column (headers into the API key) fails
 * to decrypt instead of being misused.
 */
const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class SecretDecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SecretDecryptionError";
  }
}

let cachedKey: Buffer | undefined;

function defaultKey(): Buffer {
  cachedKey ??= resolveEncryptionKey(env);
  return cachedKey;
}

export function encryptSecret(plaintext: string, purpose: string, key: Buffer = defaultKey()): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(purpose, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64"), cipher.getAuthTag().toString("base64"), ciphertext.toString("base64")].join(
    ":",
  );
}

export function decryptSecret(payload: string, purpose: string, key: Buffer = defaultKey()): string {
  const parts = payload.split(":");
  if (parts[0] !== VERSION) {
    throw new SecretDecryptionError(
      `Cannot decrypt a stored secret: unknown format "${parts[0] ?? ""}" (expected ${VERSION}).`,
    );
  }
  const [, ivB64, tagB64, dataB64] = parts;
  if (parts.length !== 4 || ivB64 === undefined || tagB64 === undefined || dataB64 === undefined) {
    throw new SecretDecryptionError("Cannot decrypt a stored secret: the stored value is malformed.");
  }
  const iv = Buffer.from(ivB64, "base64");
  const tag = Buffer.from(tagB64, "base64");
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) {
    throw new SecretDecryptionError("Cannot decrypt a stored secret: the stored value is malformed.");
  }
  const decipher = createDecipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(purpose, "utf8"));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(Buffer.from(dataB64, "base64")), decipher.final()]).toString("utf8");
  } catch {
    // GCM authentication failed: the only causes are a different key or altered data; say which to check.
    throw new SecretDecryptionError(
      "Cannot decrypt a stored secret: EVALBOARD_ENCRYPTION_KEY differs from the key it was encrypted with, " +
        "or the stored value was altered. Restore the original key or enter the secret again.",
    );
  }
}
