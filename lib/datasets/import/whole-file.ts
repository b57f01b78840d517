import { formatBytes } from "@/lib/format/bytes";
import { DatasetInputError } from "../errors";
import { limitBytes } from "../parse/limit-bytes";
import type { TByteSource } from "../parse/types";
import { WHOLE_FILE_MAX_BYTES, type TWholeFileFormat } from "./whole-file-format";

/** The upload's bytes, refused past the format's bound or the upload limit, whichever is smaller. */
export async function readWholeFile(
  input: TByteSource,
  options: { fileName: string; format: TWholeFileFormat; maxBytes?: number; onChunk: (chunk: Uint8Array) => void },
): Promise<Uint8Array> {
  const bound = WHOLE_FILE_MAX_BYTES[options.format];
  const maxBytes = options.maxBytes === undefined ? bound : Math.min(options.maxBytes, bound);
  const chunks: Uint8Array[] = [];
  try {
    for await (const chunk of limitBytes(input, {
      fileName: options.fileName,
      maxBytes,
      kind: "upload",
      onChunk: options.onChunk,
    })) {
      chunks.push(chunk);
    }
  } catch (error) {
    if (!(error instanceof DatasetInputError) || error.code !== "too_large" || maxBytes !== bound) throw error;
    throw new DatasetInputError({
      code: "too_large",
      file: options.fileName,
      problem: `${options.format === "parquet" ? "Parquet" : "YAML"} files are read whole, so at most ${formatBytes(bound)}; split it or convert it to JSONL`,
      details: { maxBytes: bound },
    });
  }
  return Buffer.concat(chunks);
}
