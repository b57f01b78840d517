import type { TBatchInsert } from "@/lib/db/batch-insert";
import { isRunStoppingError, type TModelResult } from "./model-call";
import type { TItemOutcome } from "./kind";

/** The accounting every row written after a model call carries (Output, Judgement): what it cost and how it went. */
export type TModelCallFields = {
  attempts: number;
  latencyMs: number;
  rawText?: string | null;
  errorKind?: string | null;
  errorMessage?: string | null;
  promptTokens?: number | null;
  completionTokens?: number | null;
  cost?: number | null;
  cached?: boolean;
};

/** Those columns, in table order after each kind's own columns. */
export function modelCallColumns<TRow extends TModelCallFields>(): TBatchInsert<TRow>["columns"] {
  return [
    ["errorKind", (row) => row.errorKind ?? null],
    ["errorMessage", (row) => row.errorMessage ?? null],
    ["attempts", (row) => row.attempts],
    ["latencyMs", (row) => row.latencyMs],
    ["promptTokens", (row) => row.promptTokens ?? null],
    ["completionTokens", (row) => row.completionTokens ?? null],
    ["cost", (row) => row.cost ?? null],
    ["cached", (row) => row.cached ?? false],
  ];
}

/**
 * Turns a model call's result into an item outcome: a run-stopping error (bad key, unknown model) stops the job with
 * no row, so "resume" retries the item once fixed; any other error is the item's row; an answer goes through
 * `toRow` with the accounting fields already filled in.
 */
export function modelCallOutcome<TRow>(
  result: TModelResult,
  toRow: (fields: TModelCallFields, content: string | null) => TRow,
): TItemOutcome<TRow> {
  const base = { attempts: result.attempts, latencyMs: Math.round(result.latencyMs) };
  if (!result.ok) {
    if (isRunStoppingError(result.error)) return { stop: result.error.message };
    return { row: toRow({ ...base, errorKind: result.error.kind, errorMessage: result.error.message }, null) };
  }
  const fields: TModelCallFields = {
    ...base,
    latencyMs: Math.round(result.requestLatencyMs),
    rawText: result.content,
    promptTokens: result.promptTokens,
    completionTokens: result.completionTokens,
    cost: result.cost,
    cached: result.cached,
  };
  return { row: toRow(fields, result.content) };
}
