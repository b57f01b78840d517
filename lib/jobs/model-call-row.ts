import { toPgText } from "@/lib/db/pg-text";
import { fieldColumns, type TBatchInsert } from "@/lib/db/batch-insert";
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

/** A row written after a model call about one sample: keyed on (job, sample), with the call's accounting. */
export type TModelCallRow<TJobColumn extends string> = TModelCallFields &
  Record<TJobColumn, string> & { sampleId: number };

/**
 * The batch insert of such rows (Output, Judgement): the job and sample columns, the kind's own columns, then the
 * accounting; ON CONFLICT (job, sample) DO NOTHING, so a re-delivered chunk never writes a sample twice.
 */
export function modelCallRowsInsert<TJobColumn extends string, TRow extends TModelCallRow<TJobColumn>>(
  table: string,
  jobColumn: TJobColumn,
  own: (keyof TRow & string)[],
): TBatchInsert<TRow> {
  const accounting = ["errorKind", "errorMessage", "attempts", "latencyMs", "promptTokens", "completionTokens", "cost"];
  return {
    table,
    columns: [
      ...fieldColumns<TRow>(jobColumn, "sampleId", ...own, ...(accounting as (keyof TRow & string)[])),
      ["cached", (row) => row.cached ?? false],
    ],
    conflict: [jobColumn, "sampleId"],
  };
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
  // Text from outside (a reply, a server's error body) may hold a NUL, which Postgres text refuses: one such reply
  // would fail its whole batch, then its chunk on every retry, calling the model again each time.
  if (!result.ok) {
    const message = toPgText(result.error.message);
    if (isRunStoppingError(result.error)) return { stop: message };
    return { row: toRow({ ...base, errorKind: result.error.kind, errorMessage: message }, null) };
  }
  const content = toPgText(result.content);
  const fields: TModelCallFields = {
    ...base,
    latencyMs: Math.round(result.requestLatencyMs),
    rawText: content,
    promptTokens: result.promptTokens,
    completionTokens: result.completionTokens,
    cost: result.cost,
    cached: result.cached,
  };
  return { row: toRow(fields, content) };
}
