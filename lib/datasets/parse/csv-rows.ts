import { CsvError, parse, type InfoRecord, type Options } from "csv-parse";
import { DatasetInputError } from "../errors";
import { describeColumns, normalizeHeader } from "./csv-header";
import { pipeInto } from "./pipe-into";
import { setField } from "./fields";
import type { TSourceRow } from "./types";

/** A row longer than this is almost always an unclosed quote swallowing the rest of the file. */
const MAX_RECORD_CHARS = 16 * 1024 * 1024;

type TRecordAt = { line: number; row?: number };

export type TCsvOptions = {
  fileName: string;
  delimiter: string;
  /** Called once with the normalized header, before the first row is yielded. */
  onHeader: (columns: string[]) => void;
};

/**
 * RFC 4180 rows via csv-parse, from bytes already validated as UTF-8: quoted fields may hold delimiters, quotes
 * ("") and line breaks; CRLF or LF. Blank lines and rows whose fields are all empty (spreadsheet residue) are
 * skipped. Every other row must have as many fields as the header.
 */
export async function* readCsvRows(bytes: AsyncIterable<Uint8Array>, options: TCsvOptions): AsyncGenerator<TSourceRow> {
  const { fileName } = options;
  let header: string[] | null = null;
  let rowNumber = 0;
  let lastEndLine = 0;
  let lastEmptyLines = 0;

  // csv-parse counts a CRLF inside a quoted field as two lines; subtracting those keeps line numbers physical.
  let overcountedLines = 0;

  const shapeRecord = (fields: string[], info: InfoRecord): TSourceRow | null => {
    for (const field of fields) if (field.indexOf("\r") !== -1) overcountedLines += countCrlf(field);
    // info.lines is the line the record ends on; blank lines skipped in between are counted in empty_lines.
    const line = lastEndLine + 1 + (info.empty_lines - lastEmptyLines);
    lastEndLine = info.lines - overcountedLines;
    lastEmptyLines = info.empty_lines;
    if (header === null) {
      header = normalizeHeader(fields, fileName);
      options.onHeader(header);
      return null;
    }
    if (isBlankRecord(fields)) return null;
    rowNumber += 1;
    if (fields.length !== header.length) throw raggedRow(fileName, header, fields.length, line, rowNumber);
    const values: Record<string, string> = {};
    for (let i = 0; i < header.length; i += 1) setField(values, header[i] as string, fields[i] as string);
    return { line, values };
  };

  const parseOptions: Options<TSourceRow | null, string[]> = {
    delimiter: options.delimiter,
    // Plain TSV often has no quoting convention at all, so a quote inside a TSV field is just a character; CSV
    // stays strict (RFC 4180) and explains how to fix a stray quote.
    relax_quotes: options.delimiter === "\t",
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: MAX_RECORD_CHARS,
    on_record: shapeRecord,
  };
  // csv-parse types its non-`columns` overload as string[] records; on_record is what makes them rows here.
  const parser = parse(parseOptions as unknown as Options);
  const piped = pipeInto(bytes, parser);
  try {
    for await (const row of parser) yield row as TSourceRow;
  } catch (error) {
    const where = header === null ? { line: 1 } : { line: lastEndLine + 1, row: rowNumber + 1 };
    const errorLine = (error as { lines?: number }).lines;
    const at = errorLine === undefined ? where : { ...where, line: Math.max(where.line, errorLine - overcountedLines) };
    throw translateCsvError(error, fileName, where, at);
  } finally {
    parser.destroy();
    await piped;
  }
}

function countCrlf(field: string): number {
  let count = 0;
  for (let at = field.indexOf("\r\n"); at !== -1; at = field.indexOf("\r\n", at + 2)) count += 1;
  return count;
}

function isBlankRecord(fields: readonly string[]): boolean {
  for (const field of fields) if (field.trim() !== "") return false;
  return true;
}

function raggedRow(fileName: string, header: readonly string[], found: number, line: number, row: number) {
  return new DatasetInputError({
    code: "ragged_row",
    file: fileName,
    line,
    row,
    problem: `expected ${header.length} fields (${describeColumns(header)}) but found ${found}`,
    details: { expected: header.length, found },
  });
}

/**
 * csv-parse's errors, reworded for an analyst. `start` is where the record being parsed began, `at` the line the
 * parser was on. Other csv-parse errors (bad options) are bugs, not the file's fault, and pass through unchanged.
 */
function translateCsvError(error: unknown, fileName: string, start: TRecordAt, at: TRecordAt): unknown {
  if (!(error instanceof CsvError)) return error;
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return new DatasetInputError({
        code: "unclosed_quote",
        file: fileName,
        ...start,
        problem:
          "a quoted field opened in this row is never closed, so the rest of the file was read into it; check for a stray double quote",
      });
    case "CSV_MAX_RECORD_SIZE":
      return new DatasetInputError({
        code: "unclosed_quote",
        file: fileName,
        ...start,
        problem: `this row runs past ${MAX_RECORD_CHARS / 1024 / 1024} MB, which usually means a quoted field is never closed; check for a stray double quote`,
      });
    case "CSV_INVALID_CLOSING_QUOTE":
      return new DatasetInputError({
        code: "invalid_quote",
        file: fileName,
        ...at,
        problem: 'a quoted field continues after its closing quote; inside a quoted field write a double quote as ""',
      });
    case "INVALID_OPENING_QUOTE":
      return new DatasetInputError({
        code: "invalid_quote",
        file: fileName,
        ...at,
        problem:
          'a double quote appears inside an unquoted field; quote the whole field and write the inner quote as ""',
      });
    default:
      return error;
  }
}
