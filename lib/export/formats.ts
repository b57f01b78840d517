import { Readable } from "node:stream";
import { stringify } from "csv-stringify";
import { z } from "zod";
import { EXPORT_MEDIA } from "./media";
import { neutralizeCell } from "./neutralize";

export const ZExportFormat = z.enum(["csv", "jsonl"]);
export type TExportFormat = z.infer<typeof ZExportFormat>;

export type TColumn<T> = { header: string; value: (row: T) => string | number | boolean | null };

/**
 * Rows → CSV text, streamed: csv-stringify does the quoting (RFC 4180), every text cell is neutralised against
 * formula injection, missing values are empty cells.
 */
export function toCsvStream<T>(columns: readonly TColumn<T>[], rows: AsyncIterable<T>): Readable {
  const stringifier = stringify({
    header: true,
    columns: columns.map((column) => column.header),
    cast: {
      string: (value) => neutralizeCell(value),
      boolean: (value) => (value ? "true" : "false"),
      number: (value) => String(value),
    },
  });
  const records = Readable.from(mapRows(rows, (row) => columns.map((column) => column.value(row))));
  records.on("error", (error) => stringifier.destroy(error));
  return records.pipe(stringifier);
}

/** Rows → one JSON object per line (JSON needs no neutralising: it is never evaluated). */
export function toJsonlStream<T>(rows: AsyncIterable<T>, toRecord: (row: T) => unknown): Readable {
  return Readable.from(mapRows(rows, (row) => Buffer.from(`${JSON.stringify(toRecord(row))}\n`)));
}

async function* mapRows<T, U>(rows: AsyncIterable<T>, map: (row: T) => U): AsyncGenerator<U> {
  for await (const row of rows) yield map(row);
}

/** The streamed download: an attachment with a safe file name, never cached. */
export function toDownloadResponse(stream: Readable, format: TExportFormat, baseName: string): Response {
  const name = `${baseName.replace(/[^A-Za-z0-9._-]+/g, "-").slice(0, 100)}.${format}`;
  const body = Readable.toWeb(stream) as ReadableStream<Uint8Array>;
  return new Response(body, {
    headers: {
      "content-type": `${format === "csv" ? EXPORT_MEDIA[0] : EXPORT_MEDIA[1]}; charset=utf-8`,
      "content-disposition": `attachment; filename="${name}"`,
      "cache-control": "no-store",
    },
  });
}
