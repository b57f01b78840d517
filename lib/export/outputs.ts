import type { TPrisma } from "@/lib/db/prisma";
import type { TOutputFilters } from "@/lib/outputs/filters";
import { findOutputsPage, prepareOutputsQuery, type TOutputItem, type TQueryContext } from "@/lib/outputs/query";
import { toCsvStream, toDownloadResponse, toJsonlStream, type TColumn, type TExportFormat } from "./formats";

const EXPORT_PAGE = 1_000;

export const OUTPUT_COLUMNS: TColumn<TOutputItem>[] = [
  { header: "sample_id", value: (row) => row.sampleId },
  { header: "index", value: (row) => row.index },
  { header: "input", value: (row) => row.input },
  { header: "expected", value: (row) => row.expected },
  { header: "raw_output", value: (row) => row.rawText },
  { header: "parsed_label", value: (row) => row.parsedLabel },
  { header: "valid", value: (row) => row.valid },
  { header: "correct", value: (row) => row.correct },
  { header: "error_kind", value: (row) => row.errorKind },
  { header: "error_message", value: (row) => row.errorMessage },
  { header: "attempts", value: (row) => row.attempts },
  { header: "latency_ms", value: (row) => row.latencyMs },
  { header: "prompt_tokens", value: (row) => row.promptTokens },
  { header: "completion_tokens", value: (row) => row.completionTokens },
  { header: "cost_usd", value: (row) => row.cost },
  { header: "cached", value: (row) => row.cached },
  { header: "confidence", value: (row) => row.confidence },
  { header: "judge_score", value: (row) => row.score },
  { header: "judge_rationale", value: (row) => row.rationale },
];

/** Every matching output, page by page on the same keyset walk as the list: memory stays flat for a million rows. */
async function* iterateOutputs(db: TPrisma, context: TQueryContext): AsyncGenerator<TOutputItem> {
  let cursor: number | undefined;
  for (;;) {
    const page = await findOutputsPage(db, context, { cursor, limit: EXPORT_PAGE, full: true });
    yield* page.items;
    const last = page.items.at(-1);
    if (page.nextCursor === null || !last) return;
    cursor = last.sampleId;
  }
}

/** GET /api/runs/:id/outputs/export: the run is checked before the first byte, so a bad id is a clean 404. */
export async function exportOutputs(
  db: TPrisma,
  runId: string,
  filters: TOutputFilters,
  format: TExportFormat,
): Promise<Response> {
  // An export is the whole selection: a cursor in the link (copied from a later page) is ignored.
  const context = await prepareOutputsQuery(db, runId, filters);
  const { run } = context;
  const rows = iterateOutputs(db, context);
  const stream =
    format === "csv"
      ? toCsvStream(OUTPUT_COLUMNS, rows)
      : toJsonlStream(rows, (row) =>
          Object.fromEntries(OUTPUT_COLUMNS.map((column) => [column.header, column.value(row)])),
        );
  return toDownloadResponse(stream, format, `${run.endpointName}-outputs-${run.id.slice(0, 8)}`);
}
