import type { Readable } from "node:stream";

/** The raw upload: a Node stream (multipart part, file stream) or any async iterable of bytes. */
export type TByteSource = Readable | AsyncIterable<Uint8Array>;

export type TDatasetFormat = "csv" | "tsv" | "jsonl" | "json" | "parquet" | "yaml";

/** Which tool's file an upload was read as (lib/datasets/import), when it is not a plain table. */
export type TImportSource = "openai-evals" | "promptfoo";

export type TReadOptions = {
  /** The name the analyst uploaded; used for format detection and in every error message. */
  fileName: string;
  /** Upload limit in bytes as received (compressed bytes for .gz). Decompressed output is capped at 4x this (2 GB at most). */
  maxBytes?: number;
  /** Overrides the decompressed-size cap (default 4 x maxBytes, 2 GB at most; none when maxBytes is not set). */
  maxDecompressedBytes?: number;
  /** Data rows allowed (default 1,000,000). */
  maxRows?: number;
};

/** One data row as read from the file, before any column mapping. `line` is where the row starts (1-based). */
export type TSourceRow = { line: number; values: Record<string, string> };

export type TOpenedDataset = {
  format: TDatasetFormat;
  /** The CSV/TSV field delimiter; null for JSON formats. */
  delimiter: string | null;
  /** CSV: the header. JSON formats: the keys of the first object (later objects may lack or add keys). */
  columns: string[];
  /**
   * Single pass. Finishing, or stopping early (break/return) once started, releases the upload stream and any
   * gunzip; a caller that never starts iterating must destroy its input itself.
   */
  rows: AsyncIterable<TSourceRow>;
  /** OpenAI Evals JSONL or a promptfoo test file, mapped onto plain columns; null for a plain table. */
  importedFrom: TImportSource | null;
  /** Size and SHA-256 (hex) of the bytes as uploaded (compressed, if gzipped). Final once `rows` is exhausted. */
  uploadDigest: () => { bytes: number; sha256: string };
};

export const DEFAULT_MAX_ROWS = 1_000_000;
