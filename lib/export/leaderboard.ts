import type { TDb } from "@/lib/db/prisma";
import type { TLeaderboardRow } from "@/lib/leaderboard/types";
import { getLeaderboard } from "@/lib/leaderboard/view";
import type { TInterval } from "@/lib/metrics";
import { toCsvStream, toDownloadResponse, toJsonlStream, type TColumn, type TExportFormat } from "./formats";

const interval = (name: string, read: (row: TLeaderboardRow) => TInterval): TColumn<TLeaderboardRow>[] => [
  { header: name, value: (row) => read(row).estimate },
  { header: `${name}_low`, value: (row) => read(row).low },
  { header: `${name}_high`, value: (row) => read(row).high },
];

/** One flat row per run: the table's numbers with their 95% intervals and the test against the best. */
export const LEADERBOARD_COLUMNS: TColumn<TLeaderboardRow>[] = [
  { header: "run_id", value: (row) => row.runId },
  { header: "model_name", value: (row) => row.endpoint.name },
  { header: "model", value: (row) => row.endpoint.model },
  { header: "tags", value: (row) => row.endpoint.tags.join(";") },
  { header: "status", value: (row) => row.status },
  { header: "shots", value: (row) => row.shots },
  { header: "split", value: (row) => row.split },
  { header: "total", value: (row) => row.total },
  { header: "answered", value: (row) => row.answered },
  { header: "errors", value: (row) => row.errors },
  ...interval("valid_rate", (row) => row.validRate),
  ...interval("valid_accuracy", (row) => row.validAccuracy),
  ...interval("accuracy", (row) => row.accuracy),
  ...interval("macro_f1", (row) => row.macroF1),
  { header: "cost_per_1k_usd", value: (row) => row.costPer1k },
  { header: "latency_p50_ms", value: (row) => row.latencyP50Ms },
  { header: "is_best", value: (row) => row.isBest },
  { header: "mcnemar_p_vs_best", value: (row) => row.comparison?.pValue ?? null },
  { header: "not_significantly_worse", value: (row) => row.comparison?.notSignificantlyWorse ?? null },
  // The smallest accuracy gap that comparison could detect (80% power, α = 0.05), as a proportion.
  { header: "detectable_difference_vs_best", value: (row) => row.comparison?.detectableDifference ?? null },
];

async function* iterate<T>(rows: readonly T[]): AsyncGenerator<T> {
  yield* rows;
}

/** GET /api/leaderboard/export: CSV flattens the intervals into columns; JSONL keeps the API's row shape. */
export async function exportLeaderboard(db: TDb, datasetId: string, format: TExportFormat): Promise<Response> {
  const board = await getLeaderboard(db, datasetId);
  const stream =
    format === "csv"
      ? toCsvStream(LEADERBOARD_COLUMNS, iterate(board.rows))
      : toJsonlStream(iterate(board.rows), (row) => ({ dataset: board.dataset.name, ...row }));
  return toDownloadResponse(stream, format, `leaderboard-${board.dataset.name}`);
}
