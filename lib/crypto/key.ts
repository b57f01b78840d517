import "server-only";
import { createHash } from "node:crypto";

/**
 * Development and test installs may run without EVALBOARD_ENCRYPTION_KEY. They get this key, derived from a public
 * string: secrets stored with it are obfuscated, not protected. lib/env refuses to start production without a key.
 */
export const DEVELOPMENT_KEY: Buffer = createHash("sha256")
  .update("evalboard: public development key, not a secret")
  .digest();

let warned = false;

type TKeyConfig = { EVALBOARD_ENCRYPTION_KEY?: string | undefined; NODE_ENV: string };

/** The 32-byte AES key from the configuration, or the public development key (with a one-time warning). */
export function resolveEncryptionKey(config: TKeyConfig, warn: (message: string) => void = console.warn): Buffer {
  if (config.EVALBOARD_ENCRYPTION_KEY) {
    const key = Buffer.from(config.EVALBOARD_ENCRYPTION_KEY, "base64");
    if (key.length !== 32) throw new Error("EVALBOARD_ENCRYPTION_KEY must be 32 bytes, base64-encoded");
    return key;
  }
  if (config.NODE_ENV === "production") throw new Error("EVALBOARD_ENCRYPTION_KEY is required in production");
  if (!warned) {
    warned = true;
    warn(
      "[crypto] EVALBOARD_ENCRYPTION_KEY is not set: API keys are encrypted with a public development key. " +
        "Set one (openssl rand -base64 32) before storing real secrets.",
    );
  }
  return DEVELOPMENT_KEY;
}
