import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import type { TDb } from "@/lib/db/prisma";
import { listJudgements, ZJudgementFilter as ZListFilter, type TJudgementFilter } from "./judgements";

/** The list's filter with the cursor bounded: sample indexes are Postgres integers, a larger one failed as a 500. */
export const ZJudgementFilter = ZListFilter.extend({
  cursor: z.coerce.number().int().min(-1).max(2_147_483_647).default(-1),
});

/** GET /api/judgings/:id/judgements: one page, or a 404 when the judging does not exist. */
export async function findJudgementsPage(db: TDb, judgingId: string, filter: TJudgementFilter) {
  const page = await listJudgements(db, judgingId, filter);
  if (!page) throw new ApiError(404, "judging_not_found", `Judging ${judgingId} does not exist.`);
  return page;
}
