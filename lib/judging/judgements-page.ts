import { ApiError } from "@/lib/api/errors";
import type { TDb } from "@/lib/db/prisma";
import { listJudgements, type TJudgementFilter } from "./judgements";

export { ZJudgementFilter } from "./judgements";

/** GET /api/judgings/:id/judgements: one page, or a 404 when the judging does not exist. */
export async function findJudgementsPage(db: TDb, judgingId: string, filter: TJudgementFilter) {
  const page = await listJudgements(db, judgingId, filter);
  if (!page) throw new ApiError(404, "judging_not_found", `Judging ${judgingId} does not exist.`);
  return page;
}
