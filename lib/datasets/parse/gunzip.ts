import { createGunzip } from "node:zlib";
import { DatasetInputError, isDatasetInputError } from "../errors";
import { limitBytes } from "./limit-bytes";
import { peekBytes } from "./peek";
import { pipeInto } from "./pipe-into";

export type TGunzipOptions = { fileName: string; maxDecompressedBytes: number | undefined };

export function isGzip(head: Uint8Array): boolean {
  return head[0] === 0x1f && head[1] === 0x8b;
}

/**
 * Gunzips the stream when it starts with the gzip magic bytes (whatever the file is called), otherwise passes it
 * through. Decompressed output counts against `maxDecompressedBytes` so a small bomb cannot expand without bound.
 */
export async function* gunzipIfNeeded(
  source: AsyncIterable<Uint8Array>,
  options: TGunzipOptions,
): AsyncGenerator<Uint8Array> {
  const { head, rest } = await peekBytes(source, 2);
  if (!isGzip(head)) {
    yield* rest;
    return;
  }
  const gunzip = createGunzip();
  const piped = pipeInto(rest, gunzip);
  const limit = { fileName: options.fileName, maxBytes: options.maxDecompressedBytes, kind: "decompressed" as const };
  try {
    yield* limitBytes(gunzip, limit);
  } catch (error) {
    if (isDatasetInputError(error)) throw error;
    throw corruptGzip(options.fileName, error);
  } finally {
    gunzip.destroy();
    await piped;
  }
}

function corruptGzip(fileName: string, cause: unknown): Error {
  const code = (cause as { code?: unknown } | null)?.code;
  // Only zlib's own failures mean a bad archive; anything else (a dropped connection) is not the analyst's file.
  if (typeof code !== "string" || !code.startsWith("Z_")) {
    return cause instanceof Error ? cause : new Error(String(cause));
  }
  const reason = code === "Z_BUF_ERROR" ? "the archive is truncated" : "the archive is corrupt";
  return new DatasetInputError({
    code: "corrupt_gzip",
    file: fileName,
    problem: `could not decompress the gzip file: ${reason} (${(cause as Error).message})`,
  });
}
