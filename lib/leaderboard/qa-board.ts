import type { TDb } from "@/lib/db/prisma";
import type { TBootstrapOptions } from "@/lib/metrics";
import { getQaJudgingRows } from "./qa";
import { getQaReferenceRows } from "./qa-reference";
import type { TQaBoard } from "./qa-types";

/** The open-QA part of the leaderboard: LLM-judge rows and, apart from them, the lexical reference overlap. */
export async function getQaBoard(db: TDb, datasetId: string, options: TBootstrapOptions = {}): Promise<TQaBoard> {
  const [judgings, reference, queuedJudgings] = await Promise.all([
    getQaJudgingRows(db, datasetId),
    getQaReferenceRows(db, datasetId, options),
    db.judging.count({ where: { datasetId, status: "QUEUED" } }),
  ]);
  return { judgings, reference, queuedJudgings };
}
