import { formatBytes } from "@/lib/format/bytes";
import { DatasetInputError } from "../errors";

export type TByteLimit = {
  fileName: string;
  /** No limit when undefined. */
  maxBytes: number | undefined;
  /** "upload" counts bytes as received; "decompressed" counts gunzip output (the gzip-bomb guard). */
  kind: "upload" | "decompressed";
  /** Sees every chunk that passed the limit (used to hash the upload as received). */
  onChunk?: (chunk: Uint8Array) => void;
};

/**
 * Passes chunks through, failing with `too_large` as soon as the running total passes the limit, so a 5 GB upload is
 * refused after reading just over the limit rather than at the end.
 */
export async function* limitBytes(source: AsyncIterable<Uint8Array>, limit: TByteLimit): AsyncGenerator<Uint8Array> {
  let total = 0;
  for await (const chunk of source) {
    if (!(chunk instanceof Uint8Array)) {
      throw new TypeError("dataset byte source must yield Uint8Array/Buffer chunks (do not set an encoding)");
    }
    total += chunk.byteLength;
    if (limit.maxBytes !== undefined && total > limit.maxBytes) throw tooLarge(limit);
    limit.onChunk?.(chunk);
    yield chunk;
  }
}

function tooLarge(limit: TByteLimit & { maxBytes?: number }): DatasetInputError {
  const max = limit.maxBytes ?? 0;
  const problem =
    limit.kind === "upload"
      ? `the file is larger than the ${formatBytes(max)} upload limit`
      : `the file decompresses to more than ${formatBytes(max)}; upload at most that much uncompressed data`;
  return new DatasetInputError({
    code: "too_large",
    file: limit.fileName,
    problem,
    details: { limitBytes: max, kind: limit.kind },
  });
}
