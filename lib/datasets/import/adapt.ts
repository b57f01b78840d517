import type { TDatasetFormat, TImportSource, TSourceRow } from "../parse/types";
import { isEvalsRow, mapEvalsRow } from "./evals";
import { mapPromptfooCsvRow, promptfooExpectedColumn } from "./promptfoo-csv";

type TReadRows = { format: TDatasetFormat; columns: string[]; rows: AsyncIterable<TSourceRow> };
export type TAdaptedRows = { columns: string[]; rows: AsyncIterable<TSourceRow>; importedFrom: TImportSource | null };

/**
 * Recognises the formats other eval tools write in the shapes this reader already parses (OpenAI Evals JSONL,
 * promptfoo test CSVs) and maps each row onto plain columns, so the column mapping, validation and errors that
 * follow are the upload's own. Anything else passes through untouched.
 */
export function adaptImportedRows(read: TReadRows, fileName: string): TAdaptedRows {
  if (read.format === "jsonl" && isEvalsRow(read.columns)) {
    const rest = read.columns.filter((column) => column !== "input");
    return {
      columns: unique(["input", "expected", "system", ...rest]),
      rows: mapRows(read.rows, (row, index) => mapEvalsRow(row, { fileName, row: index })),
      importedFrom: "openai-evals",
    };
  }
  const column = read.format === "csv" || read.format === "tsv" ? promptfooExpectedColumn(read.columns) : null;
  if (column) {
    const target = read.columns.includes("expected") ? "expected_answer" : "expected";
    return {
      columns: read.columns.map((name) => (name === column ? target : name)),
      rows: mapRows(read.rows, (row, index) => mapPromptfooCsvRow(row, { fileName, row: index, column, target })),
      importedFrom: "promptfoo",
    };
  }
  return { columns: read.columns, rows: read.rows, importedFrom: null };
}

async function* mapRows(
  rows: AsyncIterable<TSourceRow>,
  map: (row: TSourceRow, index: number) => TSourceRow,
): AsyncGenerator<TSourceRow> {
  let index = 0;
  for await (const row of rows) {
    index += 1;
    yield map(row, index);
  }
}

function unique(columns: string[]): string[] {
  return [...new Set(columns)];
}
