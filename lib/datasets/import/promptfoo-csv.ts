import { DatasetInputError } from "../errors";
import { setField } from "../parse/fields";
import type { TSourceRow } from "../parse/types";
import { readExpectedCell } from "./promptfoo-assert";

/** promptfoo test CSVs: one column per prompt variable, and `__expected` (or `__expected1`) for the assertion. */
export function promptfooExpectedColumn(columns: readonly string[]): string | null {
  if (columns.includes("__expected")) return "__expected";
  return columns.includes("__expected1") ? "__expected1" : null;
}

/** The row with its `__expected` cell read as the expected answer (`expected`, unless a variable has that name). */
export function mapPromptfooCsvRow(
  source: TSourceRow,
  position: { fileName: string; row: number; column: string; target: string },
): TSourceRow {
  const cell = source.values[position.column] ?? "";
  const expected = readExpectedCell(cell);
  if (!expected.ok) {
    throw new DatasetInputError({
      code: "unsupported_shape",
      file: position.fileName,
      line: source.line,
      row: position.row,
      column: position.column,
      problem: `a "${expected.type}" assertion has no expected answer; use equals:<answer> or icontains:<answer>`,
    });
  }
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(source.values)) {
    if (key !== position.column) setField(values, key, value);
  }
  setField(values, position.target, expected.value);
  return { line: source.line, values };
}
