import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { DatasetInputError } from "../errors";
import { setField } from "../parse/fields";
import { exceedsJsonDepth, MAX_JSON_DEPTH } from "../parse/json-limits";
import type { TSourceRow } from "../parse/types";
import { readExpectedAssert } from "./promptfoo-assert";

/** Anchors and aliases are YAML's way to a billion laughs: a test file needs few, if any. */
const MAX_ALIASES = 100;

type TTest = { vars?: unknown; assert?: unknown; description?: unknown };

/**
 * promptfoo tests in YAML: a list of `{ vars, assert, description }`, or a promptfooconfig with `tests:`. Each test
 * is a row of its variables, its expected answer from an `equals`/`icontains` assertion, and its description.
 */
export function readPromptfooYaml(text: string, fileName: string): { columns: string[]; rows: TSourceRow[] } {
  const lineCounter = new LineCounter();
  const document = parseYaml(text, fileName, lineCounter);
  let list: unknown = document.contents;
  if (isMap(list)) list = list.get("tests", true);
  if (isScalar(list) && typeof list.value === "string") {
    throw shape(
      fileName,
      { row: 1, column: "tests" },
      `"tests" points to another file (${list.value.slice(0, 100)}); upload that file`,
    );
  }
  if (!isSeq(list)) {
    throw shape(
      fileName,
      { row: 1 },
      "expected a list of promptfoo tests (each with vars and assert), or a config with tests:",
    );
  }
  const items = (list as { items: Node[] }).items;
  const tests = toValues(document, fileName) as unknown[];
  const values = Array.isArray(tests) ? tests : ((tests as { tests: unknown[] }).tests ?? []);
  const varNames = new Set<string>();
  for (const test of values) for (const name of Object.keys(varsOf(test) ?? {})) varNames.add(name);
  const target = varNames.has("expected") ? "expected_answer" : "expected";
  const rows = values.map((test, index) => {
    const line = lineCounter.linePos(items[index]?.range?.[0] ?? 0).line;
    return { line, values: testToValues(test as TTest, { fileName, row: index + 1, line, target }) };
  });
  const columns = [...varNames, target];
  if (rows.some((row) => Object.hasOwn(row.values, "description")) && !varNames.has("description"))
    columns.push("description");
  return { columns, rows };
}

function parseYaml(text: string, fileName: string, lineCounter: LineCounter) {
  // The parser recurses into flow collections ([[[...): bounded before it starts, like the JSON readers.
  if (exceedsJsonDepth(text)) throw tooDeep(fileName);
  let document: ReturnType<typeof parseDocument>;
  try {
    document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  } catch (error) {
    if (error instanceof RangeError) throw tooDeep(fileName);
    throw error;
  }
  const [first] = document.errors;
  if (first) {
    const line = first.linePos?.[0]?.line;
    throw new DatasetInputError({
      code: "invalid_yaml",
      file: fileName,
      ...(line === undefined ? {} : { line }),
      problem: `invalid YAML (${first.message.split("\n")[0]})`,
    });
  }
  return document;
}

function toValues(document: ReturnType<typeof parseDocument>, fileName: string): unknown {
  try {
    return document.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    if (error instanceof RangeError) throw tooDeep(fileName);
    throw new DatasetInputError({
      code: "invalid_yaml",
      file: fileName,
      problem: `invalid YAML (${(error as Error).message.split("\n")[0]})`,
    });
  }
}

function varsOf(test: unknown): Record<string, unknown> | null {
  if (typeof test !== "object" || test === null) return null;
  const vars = (test as TTest).vars;
  return typeof vars === "object" && vars !== null && !Array.isArray(vars) ? (vars as Record<string, unknown>) : null;
}

function testToValues(
  test: TTest,
  at: { fileName: string; row: number; line: number; target: string },
): Record<string, string> {
  const where = { row: at.row, line: at.line };
  const vars = varsOf(test);
  if (!vars)
    throw shape(at.fileName, { ...where, column: "vars" }, 'each test needs "vars", a map of the prompt\'s variables');
  const expected = readExpectedAssert(test.assert);
  if (expected === null) {
    throw shape(
      at.fileName,
      { ...where, column: "assert" },
      'the test has no "equals" or "icontains" assertion to take the expected answer from',
    );
  }
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(vars)) setField(values, name, varText(value, at.fileName, where, name));
  setField(values, at.target, expected);
  if (typeof test.description === "string" && !Object.hasOwn(values, "description"))
    setField(values, "description", test.description);
  return values;
}

function varText(value: unknown, fileName: string, where: { row: number; line: number }, name: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const json = JSON.stringify(value);
  if (exceedsJsonDepth(json)) throw tooDeep(fileName, { ...where, column: `vars.${name}` });
  return json;
}

function shape(fileName: string, at: { row: number; line?: number; column?: string }, problem: string) {
  return new DatasetInputError({ code: "unsupported_shape", file: fileName, ...at, problem });
}

function tooDeep(fileName: string, at: { row?: number; line?: number; column?: string } = {}) {
  return new DatasetInputError({
    code: "too_deep",
    file: fileName,
    ...at,
    problem: `nests more than ${MAX_JSON_DEPTH} levels deep`,
  });
}
