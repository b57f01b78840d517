import { DatasetInputError } from "../errors";
import type { TByteSource, TImportSource, TReadOptions, TSourceRow } from "../parse/types";
import { readParquet } from "./parquet";
import { readPromptfooYaml } from "./promptfoo-yaml";
import { readWholeFile } from "./whole-file";
import type { TWholeFileFormat } from "./whole-file-format";

/** A Parquet file may decode to at most this many bytes (its columns' uncompressed sizes), 4x its own bound. */
const MAX_PARQUET_DECODED_BYTES = 1024 * 1024 * 1024;

export type TWholeFileRows = { columns: string[]; rows: AsyncIterable<TSourceRow>; importedFrom: TImportSource | null };

/** Reads a Parquet or promptfoo YAML upload whole (bounded) and hands on its rows as the text readers do. */
export async function openWholeFile(
  input: TByteSource,
  options: TReadOptions & { format: TWholeFileFormat; onChunk: (chunk: Uint8Array) => void },
): Promise<TWholeFileRows> {
  const { fileName, format } = options;
  const bytes = await readWholeFile(input, { fileName, format, maxBytes: options.maxBytes, onChunk: options.onChunk });
  if (bytes.byteLength === 0)
    throw new DatasetInputError({ code: "empty_file", file: fileName, problem: "the file is empty" });
  if (format === "parquet") {
    const read = readParquet(bytes, { fileName, maxDecodedBytes: MAX_PARQUET_DECODED_BYTES });
    return { ...read, importedFrom: null };
  }
  const read = readPromptfooYaml(decodeUtf8(bytes, fileName), fileName);
  return { columns: read.columns, rows: fromArray(read.rows), importedFrom: "promptfoo" };
}

function decodeUtf8(bytes: Uint8Array, fileName: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new DatasetInputError({
      code: "not_utf8",
      file: fileName,
      problem: "is not UTF-8 text; save the YAML as UTF-8",
    });
  }
}

async function* fromArray(rows: TSourceRow[]): AsyncGenerator<TSourceRow> {
  yield* rows;
}
