import { ApiError } from "@/lib/api/errors";
import type { TDb } from "@/lib/db/prisma";
import { findCommonJudges, pickJudge, type TCommonJudge } from "./judges";
import type { TComparedRun, TComparedSides } from "./runs";
import { parseGapCursor, type TCompareQuery } from "./schemas";
import { findScoreDisagreements, type TScoreDisagreement } from "./score-disagreements";
import { compareScores, type TScoreComparison } from "./scores";

export type TOpenQaComparison = {
  kind: "openQa";
  dataset: TComparedSides["dataset"];
  a: TComparedRun;
  /** null: the dataset's reference answers. */
  b: TComparedRun | null;
  /** Every judge common to both sides (for the picker) and the one compared. */
  judges: TCommonJudge[];
  judge: TCommonJudge;
  scores: TScoreComparison;
  side: TCompareQuery["side"];
  disagreements: { items: TScoreDisagreement[]; nextCursor: string | null };
};

/** Where to send a user who has no common judge yet: the judging form, preset to the dataset. */
export function buildJudgeHref(datasetId: string): string {
  return `/judgings/new?datasetId=${encodeURIComponent(datasetId)}`;
}

/** Open QA: judge scores paired by sample, through one judge (same endpoint, same rubric) on both sides. */
export async function getOpenQaComparison(
  db: TDb,
  sides: TComparedSides,
  query: TCompareQuery,
): Promise<TOpenQaComparison> {
  const after = parseGapCursor(query.cursor);
  if (!after) throw new ApiError(422, "invalid_request", "Invalid request: cursor: is not a cursor from this API");
  const { dataset, a, b } = sides;
  const judges = await findCommonJudges(db, { datasetId: dataset.id, aRunId: a.id, bRunId: b?.id ?? null });
  const judge = pickJudge(judges, query.judge);
  if (!judge) {
    const target = b ? "both runs" : "the run and the reference answers";
    throw new ApiError(
      422,
      "no_common_judge",
      `No judge has graded ${target} with the same rubric yet: judge ${target} with the same judge to compare them.`,
      { datasetId: dataset.id, judgeHref: buildJudgeHref(dataset.id) },
    );
  }
  const [scores, disagreements] = await Promise.all([
    compareScores(db, judge.judgingA, judge.judgingB),
    findScoreDisagreements(db, {
      aRunId: a.id,
      bRunId: b?.id ?? null,
      judgingA: judge.judgingA,
      judgingB: judge.judgingB,
      side: query.side,
      after,
      limit: query.limit,
    }),
  ]);
  return { kind: "openQa", dataset, a, b, judges, judge, scores, side: query.side, disagreements };
}
