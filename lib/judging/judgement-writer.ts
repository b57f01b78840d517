import { buildBatchInsert, type TBatchInsert } from "@/lib/db/batch-insert";
import { modelCallColumns, type TModelCallFields } from "@/lib/jobs/model-call-row";

export type TJudgementRow = TModelCallFields & {
  judgingId: string;
  sampleId: number;
  score?: number | null;
  parseStatus?: string | null;
  rationale?: string | null;
};

/**
 * Judgement rows, written in batches by the job engine with ON CONFLICT ("judgingId", "sampleId") DO NOTHING: a
 * re-delivered chunk never writes a second judgement for a sample, and a buffer lost in a crash costs nothing,
 * because the response cache already holds those judge replies.
 */
export const JUDGEMENT_INSERT: TBatchInsert<TJudgementRow> = {
  table: "Judgement",
  columns: [
    ["judgingId", (row) => row.judgingId],
    ["sampleId", (row) => row.sampleId],
    ["score", (row) => row.score ?? null],
    ["parseStatus", (row) => row.parseStatus ?? null],
    ["rationale", (row) => row.rationale ?? null],
    ["rawText", (row) => row.rawText ?? null],
    ...modelCallColumns<TJudgementRow>(),
  ],
  conflict: ["judgingId", "sampleId"],
};

export function buildJudgementInsert(rows: readonly TJudgementRow[]): { text: string; values: unknown[] } {
  return buildBatchInsert(JUDGEMENT_INSERT, rows);
}
