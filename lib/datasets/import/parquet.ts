import { parquetMetadata, parquetReadObjects, parquetSchema, type FileMetaData } from "hyparquet";
import { DatasetInputError } from "../errors";
import { setField } from "../parse/fields";
import type { TSourceRow } from "../parse/types";

/** Rows decoded at a time: one batch of a few thousand rows is in memory besides the file itself. */
const BATCH_ROWS = 5_000;

/**
 * A Parquet file (Hugging Face datasets' native format) through hyparquet: flat columns become the row's fields
 * (numbers, booleans and dates as text); list or struct columns are kept as compact JSON, like the JSON readers
 * do. A file with only nested columns has nothing to map and is refused, naming the column.
 */
export function readParquet(
  bytes: Uint8Array,
  options: { fileName: string; maxDecodedBytes: number },
): { columns: string[]; rows: AsyncIterable<TSourceRow> } {
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const { fileName } = options;
  let metadata: FileMetaData;
  try {
    metadata = parquetMetadata(file);
  } catch (error) {
    throw invalidParquet(fileName, `is not a readable Parquet file (${messageOf(error)})`);
  }
  const top = parquetSchema(metadata).children;
  const columns = top.map((child) => child.element.name);
  const nested = top.filter((child) => child.children.length > 0).map((child) => child.element.name);
  if (columns.length === 0 || nested.length === columns.length) {
    throw new DatasetInputError({
      code: "unsupported_shape",
      file: fileName,
      row: 1,
      ...(nested[0] === undefined ? {} : { column: nested[0] }),
      problem: `has only nested columns (${nested.join(", ") || "none"}); flatten them into plain columns (datasets' Dataset.flatten()) and upload again`,
    });
  }
  const decoded = metadata.row_groups.reduce(
    (sum, group) =>
      sum + group.columns.reduce((total, chunk) => total + Number(chunk.meta_data?.total_uncompressed_size ?? 0n), 0),
    0,
  );
  if (decoded > options.maxDecodedBytes) {
    throw new DatasetInputError({
      code: "too_large",
      file: fileName,
      problem: `decompresses to ${Math.round(decoded / 1e6)} MB, more than the ${Math.round(options.maxDecodedBytes / 1e6)} MB one upload may expand to`,
    });
  }
  return { columns, rows: readBatches(file, metadata, fileName) };
}

async function* readBatches(file: ArrayBuffer, metadata: FileMetaData, fileName: string): AsyncGenerator<TSourceRow> {
  const total = Number(metadata.num_rows);
  for (let start = 0; start < total; start += BATCH_ROWS) {
    let batch: Record<string, unknown>[];
    try {
      batch = await parquetReadObjects({
        file,
        metadata,
        rowStart: start,
        rowEnd: Math.min(total, start + BATCH_ROWS),
        rowFormat: "object",
      });
    } catch (error) {
      throw invalidParquet(fileName, `could not be decoded from row ${start + 1} (${messageOf(error)})`);
    }
    for (const [offset, object] of batch.entries()) {
      const values: Record<string, string> = {};
      for (const [key, value] of Object.entries(object)) setField(values, key, cellText(value));
      // Parquet has no lines: `line` is the 1-based row, so messages read "row N".
      yield { line: start + offset + 1, values };
    }
  }
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString("utf8");
  return JSON.stringify(value, (_, item: unknown) => (typeof item === "bigint" ? String(item) : item));
}

function invalidParquet(fileName: string, problem: string): DatasetInputError {
  return new DatasetInputError({ code: "invalid_parquet", file: fileName, problem });
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0]!.slice(0, 200);
}
