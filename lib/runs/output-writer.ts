import type pg from "pg";
import { buildBatchInsert, createBatchWriter, type TBatchInsert } from "@/lib/db/batch-insert";

export type TOutputRow = {
  runId: string;
  sampleId: number;
  attempts: number;
  latencyMs: number;
  rawText?: string | null;
  parsedLabel?: string | null;
  valid?: boolean | null;
  correct?: boolean | null;
  errorKind?: string | null;
  errorMessage?: string | null;
  promptTokens?: number | null;
  completionTokens?: number | null;
  cost?: number | null;
  cached?: boolean;
};

const OUTPUT_INSERT: TBatchInsert<TOutputRow> = {
  table: "Output",
  columns: [
    ["runId", (row) => row.runId],
    ["sampleId", (row) => row.sampleId],
    ["rawText", (row) => row.rawText ?? null],
    ["parsedLabel", (row) => row.parsedLabel ?? null],
    ["valid", (row) => row.valid ?? null],
    ["correct", (row) => row.correct ?? null],
    ["errorKind", (row) => row.errorKind ?? null],
    ["errorMessage", (row) => row.errorMessage ?? null],
    ["attempts", (row) => row.attempts],
    ["latencyMs", (row) => row.latencyMs],
    ["promptTokens", (row) => row.promptTokens ?? null],
    ["completionTokens", (row) => row.completionTokens ?? null],
    ["cost", (row) => row.cost ?? null],
    ["cached", (row) => row.cached ?? false],
  ],
  conflict: ["runId", "sampleId"],
};

/**
 * Output rows, written in batches with ON CONFLICT ("runId", "sampleId") DO NOTHING. Losing a buffer in a crash
 * costs nothing: the response cache already holds those answers, so the re-delivered chunk replays them without
 * calling the model.
 */
export function createOutputWriter(pool: pg.Pool, options: { maxRows?: number; maxDelayMs?: number } = {}) {
  return createBatchWriter(pool, OUTPUT_INSERT, options);
}

export function buildInsert(rows: readonly TOutputRow[]): { text: string; values: unknown[] } {
  return buildBatchInsert(OUTPUT_INSERT, rows);
}
