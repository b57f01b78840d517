import { createGunzip } from "node:zlib";
import { DatasetInputError, isDatasetInputError } from "../errors";
import { formatBytes } from "@/lib/format/bytes";
import { limitBytes } from "./limit-bytes";
import { peekBytes } from "./peek";
import { pipeInto } from "./pipe-into";

export type TGunzipOptions = { fileName: string; maxDecompressedBytes: number | undefined };

/**
 * Text datasets compress 3-15x with gzip -9 (a file of one label repeated, about 40x); 1 GB of newlines is 4.7 MB
 * (213x) and 64 MB of `[` is 65 KB (1000x). Past the first few megabytes, output more than this many times the input
 * read so far is a bomb, refused before it costs a minute of CPU rather than after.
 */
export const MAX_GZIP_RATIO = 100;
/** Small files may compress far better (a short repetitive test file): the ratio applies only beyond this. */
export const GZIP_RATIO_FREE_BYTES = 8 * 1024 * 1024;

export function isGzip(head: Uint8Array): boolean {
  return head[0] === 0x1f && head[1] === 0x8b;
}

/**
 * Gunzips the stream when it starts with the gzip magic bytes (whatever the file is called), otherwise passes it
 * through. Decompressed output counts against `maxDecompressedBytes` and against MAX_GZIP_RATIO times the compressed
 * bytes read, so a small bomb can neither expand without bound nor keep a core busy for minutes.
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
  const compressed = { bytes: 0 };
  const piped = pipeInto(countBytes(rest, compressed), gunzip);
  const limit = { fileName: options.fileName, maxBytes: options.maxDecompressedBytes, kind: "decompressed" as const };
  let decompressed = 0;
  try {
    for await (const chunk of limitBytes(gunzip, limit)) {
      decompressed += chunk.byteLength;
      if (decompressed > GZIP_RATIO_FREE_BYTES && decompressed > compressed.bytes * MAX_GZIP_RATIO) {
        throw tooCompressed(options.fileName, compressed.bytes, decompressed);
      }
      yield chunk;
    }
  } catch (error) {
    if (isDatasetInputError(error)) throw error;
    throw corruptGzip(options.fileName, error);
  } finally {
    gunzip.destroy();
    await piped;
  }
}

async function* countBytes(source: AsyncIterable<Uint8Array>, count: { bytes: number }): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    count.bytes += chunk.byteLength;
    yield chunk;
  }
}

function tooCompressed(fileName: string, compressedBytes: number, decompressedBytes: number): DatasetInputError {
  return new DatasetInputError({
    code: "too_large",
    file: fileName,
    problem: `the gzip file expands more than ${MAX_GZIP_RATIO} times (${formatBytes(compressedBytes)} to over ${formatBytes(decompressedBytes)}), which no dataset does; upload it uncompressed or compressed less`,
    details: { kind: "ratio", maxRatio: MAX_GZIP_RATIO },
  });
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
