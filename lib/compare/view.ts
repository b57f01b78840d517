import { ApiError } from "@/lib/api/errors";
import type { TDb } from "@/lib/db/prisma";
import { countAgreement, findDisagreements, type TAgreement, type TDisagreement } from "./classification";
import { getOpenQaComparison, type TOpenQaComparison } from "./open-qa";
import { findComparedSides, type TComparedPair } from "./runs";
import { parseIndexCursor, REFERENCE_SIDE, type TCompareQuery } from "./schemas";

export type TClassificationComparison = TComparedPair & {
  kind: "classification";
  agreement: TAgreement;
  side: TCompareQuery["side"];
  disagreements: { items: TDisagreement[]; nextCursor: number | null };
};

export type TComparison = TClassificationComparison | TOpenQaComparison;

/**
 * GET /api/compare: the paired test of two runs on their shared samples and a page of the samples they split on.
 * Classification: exact McNemar on correctness. Open QA: Wilcoxon signed-rank and a paired bootstrap on the scores
 * of one judge common to both runs (or to a run and the reference answers).
 */
export async function getComparison(db: TDb, query: TCompareQuery): Promise<TComparison> {
  const sides = await findComparedSides(db, query.a, query.b === REFERENCE_SIDE ? null : query.b);
  if (sides.dataset.task === "OPEN_QA") return getOpenQaComparison(db, sides, query);
  const { dataset, a, b } = sides;
  if (!b) {
    throw new ApiError(
      422,
      "comparison_not_supported",
      "Reference answers are always right on a classification dataset: compare two runs instead (b must be a run id).",
    );
  }
  const after = parseIndexCursor(query.cursor);
  if (after === null)
    throw new ApiError(422, "invalid_request", "Invalid request: cursor: is not a cursor from this API");
  const [agreement, disagreements] = await Promise.all([
    countAgreement(db, a.id, b.id),
    findDisagreements(db, { aId: a.id, bId: b.id, side: query.side, after, limit: query.limit }),
  ]);
  return { kind: "classification", dataset, a, b, agreement, side: query.side, disagreements };
}
