import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { resolveEncryptionKey } from "@/lib/crypto/key";
import { env } from "@/lib/env";

/**
 * The bearer token the workers send to the built-in local models (/api/local/v1): derived from the encryption key, so
 * the app and every workers process agree on it without another setting, and the seed stores it as the local
 * endpoints' API key. Personal API tokens work there too.
 */
export function deriveLocalModelKey(encryptionKey: Buffer = resolveEncryptionKey(env)): string {
  const mac = createHmac("sha256", encryptionKey).update("evalboard/local-models/v1").digest("base64url");
  return `evb_local_${mac}`;
}

export function isLocalModelKey(candidate: string, expected: string = deriveLocalModelKey()): boolean {
  const a = Buffer.from(candidate);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
