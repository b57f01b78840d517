import { createHash } from "node:crypto";
import { DatasetInputError } from "../errors";
import { readCsvRows } from "./csv-rows";
import { decodeText, type TDecodedChunk } from "./decode-text";
import { detectDelimiter, findHeaderLine } from "./detect-delimiter";
import { detectFormat, formatFromFileName } from "./detect-format";
import { adaptImportedRows } from "../import/adapt";
import { openWholeFile } from "../import/open-whole-file";
import { wholeFileFormat } from "../import/whole-file-format";
import { gunzipIfNeeded } from "./gunzip";
import { readJsonArrayRows } from "./json-array-rows";
import { readJsonlRows } from "./jsonl-rows";
import { limitBytes } from "./limit-bytes";
import { peekChunks } from "./peek";
import {
  DEFAULT_MAX_ROWS,
  type TByteSource,
  type TDatasetFormat,
  type TOpenedDataset,
  type TReadOptions,
  type TSourceRow,
} from "./types";

/**
 * Decompressed output is capped at 4x the upload limit and at most this much: with the 4 GB it used to allow, one
 * upload could cost minutes of CPU. 2 GB is twice the default upload limit of plain text.
 */
export const MAX_DECOMPRESSED_BYTES = 2 * 1000 * 1000 * 1000;

/** Blank text before the first character of data that is held while the format is sniffed. */
const MAX_LEADING_BLANK_CHARS = 16 * 1024 * 1024;
const LEADING_BLANK_PROBLEM = "starts with more than 16 MB of blank lines; remove them";

/** How far to look for the end of the CSV header line before giving up and treating what we have as the header. */
const HEADER_PEEK_CHARS = 1024 * 1024;

/**
 * Opens an upload for streaming: counts bytes, gunzips, validates the text encoding, detects the format (and CSV
 * delimiter), and reads up to the first data row so `columns` is known and empty or header-only files fail here.
 * Nothing beyond the current chunk and the row being yielded is held in memory.
 */
export async function openDataset(input: TByteSource, options: TReadOptions): Promise<TOpenedDataset> {
  const { fileName } = options;
  // Refuses .xlsx and the like by name before a byte is read.
  formatFromFileName(fileName);
  const hash = createHash("sha256");
  let uploadBytes = 0;
  const onChunk = (chunk: Uint8Array) => {
    hash.update(chunk);
    uploadBytes += chunk.byteLength;
  };
  const uploadDigest = () => ({ bytes: uploadBytes, sha256: hash.copy().digest("hex") });
  const whole = wholeFileFormat(fileName);
  if (whole) {
    const read = await openWholeFile(input, { ...options, format: whole, onChunk });
    const rows = await startRows(read.rows, { fileName, format: whole, maxRows: options.maxRows });
    return {
      format: whole,
      delimiter: null,
      columns: read.columns,
      rows,
      uploadDigest,
      importedFrom: read.importedFrom,
    };
  }
  const upload = limitBytes(input, { fileName, maxBytes: options.maxBytes, kind: "upload", onChunk });
  const maxDecompressedBytes =
    options.maxDecompressedBytes ??
    (options.maxBytes === undefined ? undefined : Math.min(options.maxBytes * 4, MAX_DECOMPRESSED_BYTES));
  const decoded = decodeText(gunzipIfNeeded(upload, { fileName, maxDecompressedBytes }), fileName);

  // Only the newest chunk is looked at (a file of blank lines made this quadratic: 61 s for 1 GB of newlines), and
  // the blank text held back is bounded: replayed to the reader later, it would otherwise sit in memory whole.
  let blankChars = 0;
  const sniffed = await peekChunks(decoded, (head) => {
    const last = head[head.length - 1];
    if (last === undefined) return false;
    blankChars += last.text.length;
    return last.text.trim() !== "" || blankChars > MAX_LEADING_BLANK_CHARS;
  });
  let iterator: AsyncIterator<TSourceRow> | null = null;
  try {
    const firstText = sniffed.head.map((chunk) => chunk.text).find((text) => text.trim() !== "");
    if (firstText === undefined) {
      const problem = blankChars > MAX_LEADING_BLANK_CHARS ? LEADING_BLANK_PROBLEM : "the file is empty";
      throw new DatasetInputError({ code: "empty_file", file: fileName, problem });
    }
    const format = detectFormat(fileName, firstText.trimStart()[0] ?? "");
    let columns: string[] = [];
    let delimiter: string | null = null;
    let source: AsyncIterable<TSourceRow>;
    if (format === "csv" || format === "tsv") {
      const peeked = await peekChunks(sniffed.rest, hasHeaderLine);
      const start = peeked.head.map((chunk) => chunk.text).join("");
      delimiter = detectDelimiter(findHeaderLine(start) ?? start, format === "tsv");
      source = readCsvRows(bytesOf(peeked.rest), { fileName, delimiter, onHeader: (header) => (columns = header) });
    } else {
      const text = textOf(sniffed.rest);
      source = format === "json" ? readJsonArrayRows(text, fileName) : readJsonlRows(text, fileName);
    }
    iterator = source[Symbol.asyncIterator]();
    const first = await iterator.next();
    if (first.done) throw noRows(fileName, format);
    if (format === "json" || format === "jsonl") columns = Object.keys(first.value.values);
    const rows = limitRows(first.value, iterator, { fileName, maxRows: options.maxRows ?? DEFAULT_MAX_ROWS });
    const adapted = adaptImportedRows({ format, columns, rows }, fileName);
    return { format, delimiter, uploadDigest, ...adapted };
  } catch (error) {
    // Release the upload stream (and gunzip) instead of leaving it paused half-read.
    await iterator?.return?.();
    await sniffed.close();
    throw error;
  }
}

function hasHeaderLine(head: TDecodedChunk[]): boolean {
  let size = 0;
  for (const chunk of head) size += chunk.text.length;
  return size >= HEADER_PEEK_CHARS || findHeaderLine(head.map((chunk) => chunk.text).join("")) !== null;
}

async function* textOf(chunks: AsyncIterable<TDecodedChunk>): AsyncGenerator<string> {
  for await (const chunk of chunks) if (chunk.text.length > 0) yield chunk.text;
}

/** UTF-16 input has no UTF-8 bytes to hand on, so its text is encoded once here. */
async function* bytesOf(chunks: AsyncIterable<TDecodedChunk>): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) yield chunk.bytes ?? Buffer.from(chunk.text, "utf8");
}

/** The first row read (so an empty file fails while opening), then the rest under the row limit. */
async function startRows(
  source: AsyncIterable<TSourceRow>,
  options: { fileName: string; format: TDatasetFormat; maxRows?: number },
): Promise<AsyncIterable<TSourceRow>> {
  const iterator = source[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) throw noRows(options.fileName, options.format);
  return limitRows(first.value, iterator, { fileName: options.fileName, maxRows: options.maxRows ?? DEFAULT_MAX_ROWS });
}

function noRows(fileName: string, format: TDatasetFormat): DatasetInputError {
  if (format === "csv" || format === "tsv") {
    return new DatasetInputError({
      code: "header_only",
      file: fileName,
      problem: "has a header line but no data rows",
    });
  }
  const problem =
    format === "json"
      ? "the JSON array has no elements"
      : format === "jsonl"
        ? "has no JSON objects, only blank lines"
        : "has no rows";
  return new DatasetInputError({ code: "empty_file", file: fileName, problem });
}

async function* limitRows(
  first: TSourceRow,
  rest: AsyncIterator<TSourceRow>,
  limit: { fileName: string; maxRows: number },
): AsyncGenerator<TSourceRow> {
  let count = 1;
  let finished = false;
  try {
    yield first;
    while (true) {
      const next = await rest.next();
      if (next.done) {
        finished = true;
        return;
      }
      count += 1;
      if (count > limit.maxRows) {
        throw new DatasetInputError({
          code: "too_many_rows",
          file: limit.fileName,
          line: next.value.line,
          row: count,
          problem: `has more than ${limit.maxRows.toLocaleString("en-US")} rows, the most one dataset can hold`,
          details: { maxRows: limit.maxRows },
        });
      }
      yield next.value;
    }
  } finally {
    if (!finished) await rest.return?.();
  }
}
