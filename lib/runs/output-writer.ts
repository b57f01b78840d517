import { buildBatchInsert, type TBatchInsert } from "@/lib/db/batch-insert";
import { modelCallColumns, type TModelCallFields } from "@/lib/jobs/model-call-row";

export type TOutputRow = TModelCallFields & {
  runId: string;
  sampleId: number;
  parsedLabel?: string | null;
  valid?: boolean | null;
  correct?: boolean | null;
};

/**
 * Output rows, written in batches by the job engine with ON CONFLICT ("runId", "sampleId") DO NOTHING. Losing a
 * buffer in a crash costs nothing: the response cache already holds those answers, so the re-delivered chunk
 * replays them without calling the model.
 */
export const OUTPUT_INSERT: TBatchInsert<TOutputRow> = {
  table: "Output",
  columns: [
    ["runId", (row) => row.runId],
    ["sampleId", (row) => row.sampleId],
    ["rawText", (row) => row.rawText ?? null],
    ["parsedLabel", (row) => row.parsedLabel ?? null],
    ["valid", (row) => row.valid ?? null],
    ["correct", (row) => row.correct ?? null],
    ...modelCallColumns<TOutputRow>(),
  ],
  conflict: ["runId", "sampleId"],
};

export function buildInsert(rows: readonly TOutputRow[]): { text: string; values: unknown[] } {
  return buildBatchInsert(OUTPUT_INSERT, rows);
}
