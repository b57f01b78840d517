import { exec } from "stream-chain/exec.js";
import { none } from "stream-chain/defs.js";
import { parser } from "stream-json/parser.js";
import { streamArray } from "stream-json/streamers/stream-array.js";
import { DatasetInputError, isDatasetInputError } from "../errors";
import { MAX_JSON_DEPTH, MAX_JSON_VALUE_CHARS, tooDeep, valueTooLarge } from "./json-limits";
import { describeJsonValue, jsonObjectToValues } from "./json-values";
import type { TSourceRow } from "./types";

type TToken = parser.Token;
type TArrayItem = { key: number; value: unknown };

/**
 * A top-level JSON array of objects, parsed incrementally by stream-json so a 1 GB array never sits in memory as
 * one value: only the element being assembled does, and that one is bounded in depth (checked on every token, so
 * `[[[[…` stops at the first level too many) and in size. Text is fed a line at a time so errors carry a line number.
 */
export async function* readJsonArrayRows(text: AsyncIterable<string>, fileName: string): AsyncGenerator<TSourceRow> {
  let line = 1;
  const startLines: number[] = [];
  let depth = 0;
  let elementsStarted = 0;
  // Records the line each array element starts on; the assembler only reports elements once they are complete.
  const trackElementStarts = (token: TToken): TToken => {
    if (token.name === "startObject" || token.name === "startArray") {
      if (depth === 1) {
        startLines.push(line);
        elementsStarted += 1;
      }
      depth += 1;
      // The top-level array is one level; an element may nest MAX_JSON_DEPTH more.
      if (depth > MAX_JSON_DEPTH + 1) throw tooDeep(fileName, { line, row: elementsStarted });
    } else if (token.name === "endObject" || token.name === "endArray") {
      depth -= 1;
    } else if (depth === 1 && token.name !== "keyValue") {
      startLines.push(line);
      elementsStarted += 1;
    }
    return token;
  };
  const drive = exec(parser({ streamValues: false }), trackElementStarts, streamArray());
  const items: TArrayItem[] = [];
  const push = (item: unknown) => {
    items.push(item as TArrayItem);
  };
  const feed = async (piece: string | typeof none) => {
    try {
      // The stages are synchronous, so this is almost always undefined; awaiting only when needed saves a tick a line.
      const pending = drive(piece, push);
      if (pending) await pending;
    } catch (error) {
      if (isDatasetInputError(error)) throw error;
      throw new DatasetInputError({
        code: "invalid_json",
        file: fileName,
        line,
        problem: `invalid JSON (${describeParserError(error)})`,
      });
    }
  };

  // Text fed since the last complete element: bounds the element being assembled (and, roughly, the gap before it).
  // A line is fed in sub-pieces that end at each `}` or `]` (where an element can end), so that when an element
  // completes, only the text after its end counts towards the next one, even with many elements on one line.
  let elementChars = 0;
  for await (const chunk of text) {
    let start = 0;
    const closeAfter = closeFinder(chunk);
    while (start < chunk.length) {
      const newline = chunk.indexOf("\n", start);
      const lineEnd = newline === -1 ? chunk.length : newline + 1;
      while (start < lineEnd) {
        const end = closeAfter(start, lineEnd);
        const completedBefore = items.length;
        await feed(chunk.slice(start, end));
        // Checked before the reset: the piece that completes an oversized element must not excuse it.
        const fed = elementChars + (end - start);
        if (fed > MAX_JSON_VALUE_CHARS) {
          throw valueTooLarge(fileName, { line: startLines[0] ?? line, row: elementsStarted }, "one array element");
        }
        elementChars = items.length > completedBefore ? 0 : fed;
        start = end;
      }
      for (const item of items) yield toRow(item, startLines.shift() ?? line, fileName);
      items.length = 0;
      if (newline !== -1) line += 1;
    }
  }
  await feed(none);
  for (const item of items) yield toRow(item, startLines.shift() ?? line, fileName);
}

/**
 * closeAfter(from, to): just past the next `}` or `]` in chunk[from, to), or `to`. Cuts inside strings are harmless.
 * The positions found are kept between calls (`from` only grows), so the chunk is scanned once for each character.
 */
function closeFinder(chunk: string) {
  const next = { "}": -1, "]": -1 };
  return (from: number, to: number) => {
    for (const char of ["}", "]"] as const) {
      if (next[char] < from) {
        const at = chunk.indexOf(char, from);
        next[char] = at === -1 ? Infinity : at;
      }
    }
    const first = Math.min(next["}"], next["]"]);
    return first >= to ? to : first + 1;
  };
}

function toRow(item: TArrayItem, line: number, fileName: string): TSourceRow {
  const values = jsonObjectToValues(item.value);
  if (values === null) {
    throw new DatasetInputError({
      code: "invalid_json",
      file: fileName,
      line,
      row: item.key + 1,
      problem: `expected each array element to be a JSON object but found ${describeJsonValue(item.value)}`,
    });
  }
  return { line, values };
}

function describeParserError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Parser cannot parse input: /, "").replace(/^Parser has expected /, "expected ");
}
