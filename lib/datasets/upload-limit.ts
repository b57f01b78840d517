import { env } from "@/lib/env";

/** The upload limit in bytes as uploaded (compressed bytes for .gz): MAX_UPLOAD_BYTES, 1 GB by default. */
export function readUploadLimit(): number {
  return env.MAX_UPLOAD_BYTES;
}
