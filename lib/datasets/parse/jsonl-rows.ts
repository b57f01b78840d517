import { DatasetInputError } from "../errors";
import { exceedsJsonDepth, MAX_JSON_VALUE_CHARS, tooDeep, valueTooLarge } from "./json-limits";
import { describeJsonValue, jsonObjectToValues } from "./json-values";
import type { TSourceRow } from "./types";

/** JSON lines: one object per line; blank lines are skipped; CRLF is fine. */
export async function* readJsonlRows(text: AsyncIterable<string>, fileName: string): AsyncGenerator<TSourceRow> {
  let pending = "";
  let line = 0;
  for await (const chunk of text) {
    let start = 0;
    let end = chunk.indexOf("\n");
    while (end !== -1) {
      line += 1;
      const row = parseLine(pending + chunk.slice(start, end), line, fileName);
      pending = "";
      if (row) yield row;
      start = end + 1;
      end = chunk.indexOf("\n", start);
    }
    pending += chunk.slice(start);
    // A longer line is not a plausible sample; refusing it bounds the memory a newline-free upload can take.
    if (pending.length > MAX_JSON_VALUE_CHARS) {
      throw valueTooLarge(fileName, { line: line + 1 }, "the line (JSON lines need one object per line)");
    }
  }
  const last = parseLine(pending, line + 1, fileName);
  if (last) yield last;
}

function parseLine(raw: string, line: number, fileName: string): TSourceRow | null {
  const text = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
  if (text.trim() === "") return null;
  // A complete line can also be over the bound when it arrived in one chunk.
  if (text.length > MAX_JSON_VALUE_CHARS) {
    throw valueTooLarge(fileName, { line }, "the line (JSON lines need one object per line)");
  }
  if (exceedsJsonDepth(text)) throw tooDeep(fileName, { line });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new DatasetInputError({
      code: "invalid_json",
      file: fileName,
      line,
      problem: `invalid JSON (${describeJsonParseError(error)})`,
    });
  }
  const values = jsonObjectToValues(value);
  if (values === null) {
    throw new DatasetInputError({
      code: "invalid_json",
      file: fileName,
      line,
      problem: `expected a JSON object on each line but found ${describeJsonValue(value)}`,
    });
  }
  return { line, values };
}

/** V8 counts positions within the string it was given (this line): say "column" so it reads right next to "line". */
function describeJsonParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(
    / in JSON at position (\d+)(?: \(line \d+ column \d+\))?/,
    (_, position: string) => ` at column ${Number(position) + 1}`,
  );
}
