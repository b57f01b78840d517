import type pg from "pg";
import { buildBatchInsert, createBatchWriter, type TBatchInsert } from "@/lib/db/batch-insert";

export type TJudgementRow = {
  judgingId: string;
  sampleId: number;
  attempts: number;
  latencyMs: number;
  score?: number | null;
  parseStatus?: string | null;
  rationale?: string | null;
  rawText?: string | null;
  errorKind?: string | null;
  errorMessage?: string | null;
  promptTokens?: number | null;
  completionTokens?: number | null;
  cost?: number | null;
  cached?: boolean;
};

const JUDGEMENT_INSERT: TBatchInsert<TJudgementRow> = {
  table: "Judgement",
  columns: [
    ["judgingId", (row) => row.judgingId],
    ["sampleId", (row) => row.sampleId],
    ["score", (row) => row.score ?? null],
    ["parseStatus", (row) => row.parseStatus ?? null],
    ["rationale", (row) => row.rationale ?? null],
    ["rawText", (row) => row.rawText ?? null],
    ["errorKind", (row) => row.errorKind ?? null],
    ["errorMessage", (row) => row.errorMessage ?? null],
    ["attempts", (row) => row.attempts],
    ["latencyMs", (row) => row.latencyMs],
    ["promptTokens", (row) => row.promptTokens ?? null],
    ["completionTokens", (row) => row.completionTokens ?? null],
    ["cost", (row) => row.cost ?? null],
    ["cached", (row) => row.cached ?? false],
  ],
  conflict: ["judgingId", "sampleId"],
};

/**
 * Judgement rows, written in batches with ON CONFLICT ("judgingId", "sampleId") DO NOTHING: a re-delivered chunk
 * never writes a second judgement for a sample, and a buffer lost in a crash costs nothing, because the response
 * cache already holds those judge replies.
 */
export function createJudgementWriter(pool: pg.Pool, options: { maxRows?: number; maxDelayMs?: number } = {}) {
  return createBatchWriter(pool, JUDGEMENT_INSERT, options);
}

export function buildJudgementInsert(rows: readonly TJudgementRow[]): { text: string; values: unknown[] } {
  return buildBatchInsert(JUDGEMENT_INSERT, rows);
}
