import { DatasetInputError } from "../errors";
import { setField } from "../parse/fields";
import type { TSourceRow } from "../parse/types";

/**
 * OpenAI Evals JSONL (`{"input": [{"role": "system", ...}, {"role": "user", ...}], "ideal": "..."}`): a row whose
 * first object has both `input` and `ideal`. The JSONL reader hands nested values on as compact JSON.
 */
export function isEvalsRow(columns: readonly string[]): boolean {
  return columns.includes("input") && columns.includes("ideal");
}

type TMessage = { role: string; content: string };

/**
 * One Evals sample as a row of the column-mapping flow: `input` is the last user message, `system` the system
 * messages (so they can be kept as metadata; empty when there are none), `expected` the ideal answer (the first,
 * when `ideal` lists several acceptable answers). Other fields, `ideal` as written among them, pass through.
 */
export function mapEvalsRow(source: TSourceRow, position: { fileName: string; row: number }): TSourceRow {
  const { input, ...rest } = source.values;
  const ideal = rest.ideal;
  const messages = readMessages(input ?? "");
  const at = { file: position.fileName, line: source.line, row: position.row };
  if (messages === null) {
    throw new DatasetInputError({
      code: "unsupported_shape",
      ...at,
      column: "input",
      problem: 'an OpenAI Evals "input" must be a list of chat messages like [{"role":"user","content":"..."}]',
    });
  }
  const user = messages.filter((message) => message.role === "user").at(-1);
  if (!user) {
    throw new DatasetInputError({
      code: "unsupported_shape",
      ...at,
      column: "input",
      problem: 'the chat messages in "input" have no message with role "user"',
    });
  }
  const values: Record<string, string> = {};
  setField(values, "input", user.content);
  setField(values, "expected", readIdeal(ideal ?? "", at));
  const system = messages.filter((message) => message.role === "system").map((message) => message.content);
  setField(values, "system", system.join("\n\n"));
  for (const [key, value] of Object.entries(rest)) setField(values, key, value);
  return { line: source.line, values };
}

function readMessages(text: string): TMessage[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length === 0) return null;
  const isMessage = (item: unknown): item is TMessage =>
    typeof item === "object" &&
    item !== null &&
    typeof (item as TMessage).role === "string" &&
    typeof (item as TMessage).content === "string";
  return parsed.every(isMessage) ? parsed : null;
}

/** `ideal` is a string, or a list of acceptable answers (the first is the reference). */
function readIdeal(text: string, at: { file: string; line: number; row: number }): string {
  if (!text.startsWith("[")) return text;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return text;
  }
  if (Array.isArray(parsed) && parsed.length > 0 && parsed.every((item) => typeof item === "string")) {
    return parsed[0] as string;
  }
  throw new DatasetInputError({
    code: "unsupported_shape",
    ...at,
    column: "ideal",
    problem: 'an OpenAI Evals "ideal" must be a string or a list of strings',
  });
}
