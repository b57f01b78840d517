import { isDatasetInputError } from "./errors";
import { openDataset, type TByteSource, type TDatasetFormat } from "./parse";
import type { TImportSource, TSourceRow } from "./parse/types";
import { WHOLE_FILE_MAX_BYTES, wholeFileFormat } from "./import/whole-file-format";
import { PREVIEW_MAX_BYTES } from "./preview-slice";

/** Enough rows for a label set and its warnings; a gzipped slice can expand to many more. */
export const PREVIEW_MAX_ROWS = 20_000;
/** A gzipped slice may expand a lot; the row cap usually stops reading long before this. */
const PREVIEW_MAX_DECOMPRESSED_BYTES = 64 * 1024 * 1024;

export type TSliceRows = {
  format: TDatasetFormat;
  delimiter: string | null;
  importedFrom: TImportSource | null;
  columns: string[];
  rows: TSourceRow[];
  /** True when `rows` are only the start of the file (a slice, or the row cap). */
  partial: boolean;
};

/**
 * Reads the rows of the start of a file. When `truncated`, the slice may end inside a row, a quoted field, a UTF-8
 * character or a gzip block: plain UTF-8 text is cut back to its last line break, the last row read is dropped (it
 * may be cut short), and an error that surfaces only once every byte of the slice has been consumed is taken for the
 * cut rather than a fault in the file. Errors found while bytes remain are the file's own and are thrown, as the
 * full upload would.
 */
export async function readSliceRows(
  input: TByteSource,
  options: { fileName: string; truncated: boolean },
): Promise<TSliceRows> {
  const cut = { wholeLines: false };
  const source = trackEnd(options.truncated ? dropPartialLine(input, cut) : input);
  const whole = wholeFileFormat(options.fileName);
  const dataset = await openDataset(source.bytes, {
    fileName: options.fileName,
    // Parquet and YAML cannot be cut: the form sends them whole, within their own bound.
    maxBytes: whole ? WHOLE_FILE_MAX_BYTES[whole] : PREVIEW_MAX_BYTES,
    maxDecompressedBytes: PREVIEW_MAX_DECOMPRESSED_BYTES,
    maxRows: PREVIEW_MAX_ROWS + 1,
  });
  const rows: TSourceRow[] = [];
  let cutAtError = false;
  let cappedRows = false;
  try {
    for await (const row of dataset.rows) {
      rows.push(row);
      if (rows.length > PREVIEW_MAX_ROWS) {
        cappedRows = true;
        break;
      }
    }
  } catch (error) {
    const causedByCut = options.truncated && source.ended() && rows.length > 0 && isDatasetInputError(error);
    if (!causedByCut) throw error;
    cutAtError = true;
  }
  // The row read to the end of a truncated gzip or UTF-16 slice may be cut short (text is cut back to whole lines,
  // and a row read before an error is complete); a lone row is kept all the same, so a file of very long rows
  // still shows something.
  const lastMayBeCut = options.truncated && !cut.wholeLines && !cutAtError && rows.length > 1;
  if (cappedRows || lastMayBeCut) rows.pop();
  const columns = new Set(dataset.columns);
  for (const row of rows) for (const key of Object.keys(row.values)) columns.add(key);
  return {
    format: dataset.format,
    delimiter: dataset.delimiter,
    importedFrom: dataset.importedFrom,
    columns: [...columns],
    rows,
    partial: options.truncated || cappedRows,
  };
}

function trackEnd(input: TByteSource): { bytes: AsyncIterable<Uint8Array>; ended: () => boolean } {
  let ended = false;
  async function* bytes(): AsyncGenerator<Uint8Array> {
    for await (const chunk of input) yield chunk as Uint8Array;
    ended = true;
  }
  return { bytes: bytes(), ended: () => ended };
}

/**
 * Holds back the bytes after the last line feed, so a slice of UTF-8 text ends on a whole line (and never inside a
 * character). Gzip and UTF-16 pass through untouched: a line feed byte means nothing there.
 */
async function* dropPartialLine(input: TByteSource, cut: { wholeLines: boolean }): AsyncGenerator<Uint8Array> {
  let kind: "text" | "other" | null = null;
  let pending: Uint8Array = new Uint8Array(0);
  for await (const raw of input) {
    const joined = pending.length === 0 ? (raw as Uint8Array) : Buffer.concat([pending, raw as Uint8Array]);
    pending = new Uint8Array(0);
    if (kind === null) {
      // The magic bytes may arrive one at a time.
      if (joined.length < 2) {
        pending = joined;
        continue;
      }
      kind = isGzipOrUtf16(joined) ? "other" : "text";
      cut.wholeLines = kind === "text";
    }
    if (kind === "other") {
      yield joined;
      continue;
    }
    const end = joined.lastIndexOf(0x0a) + 1;
    if (end > 0) yield joined.subarray(0, end);
    pending = joined.subarray(end);
  }
  if (kind !== "text" && pending.length > 0) yield pending;
}

function isGzipOrUtf16(head: Uint8Array): boolean {
  return (
    (head[0] === 0x1f && head[1] === 0x8b) ||
    (head[0] === 0xff && head[1] === 0xfe) ||
    (head[0] === 0xfe && head[1] === 0xff)
  );
}
