import "server-only";
import { createHmac } from "node:crypto";
import { resolveEncryptionKey } from "@/lib/crypto/key";
import type { TEnv } from "@/lib/env";

/**
 * The key Better Auth signs session cookies with: BETTER_AUTH_SECRET, or one derived from the encryption key (which
 * production requires), so an install needs one secret, not two. Development falls back to the public dev key.
 */
export function resolveAuthSecret(config: TEnv): string {
  if (config.BETTER_AUTH_SECRET) return config.BETTER_AUTH_SECRET;
  return createHmac("sha256", resolveEncryptionKey(config)).update("evalboard/auth-secret/v1").digest("base64url");
}
