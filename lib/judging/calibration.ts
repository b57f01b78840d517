import { computeJudgeAgreement, type TJudgeAgreement, type TScale } from "@/lib/metrics";
import type { TDb } from "@/lib/db/prisma";
import { HUMAN_SCORE_PATTERN } from "./sample-set";

export type TCalibration = TJudgeAgreement & {
  field: string;
  humanScale: TScale;
  /** Human-graded answers the judge gave no grade for (unparseable or error): left out of the agreement. */
  unscored: number;
  /** Human grades outside the declared scale (a judging created before its data changed): left out, counted here. */
  offScale: number;
};

/**
 * Agreement of a calibration judging with the human grades stored in Sample.metadata[field]: Spearman on raw
 * grades, exact/adjacent agreement and Cohen's kappa after mapping 1-10 onto the human scale. The human scale is the
 * one declared with the judging (humanScaleMin/Max); without it, the range of human scores found in the whole
 * dataset (1-4 for LiveQA-Med), which is only right when some answer got each extreme grade.
 */
export async function getCalibration(
  db: TDb,
  judging: {
    id: string;
    datasetId: string;
    humanScoreField: string | null;
    humanScaleMin: number | null;
    humanScaleMax: number | null;
  },
): Promise<TCalibration | null> {
  const field = judging.humanScoreField;
  if (!field) return null;
  const scale =
    judging.humanScaleMin !== null && judging.humanScaleMax !== null
      ? { min: judging.humanScaleMin, max: judging.humanScaleMax }
      : (
          await db.$queryRaw<{ min: number | null; max: number | null }[]>`
            SELECT min((metadata ->> ${field})::float8) AS min, max((metadata ->> ${field})::float8) AS max
            FROM "Sample" WHERE "datasetId" = ${judging.datasetId}::uuid AND metadata ->> ${field} ~ ${HUMAN_SCORE_PATTERN}`
        )[0];
  if (scale?.min == null || scale.max == null || !(scale.max > scale.min)) return null;
  const pairs = await db.$queryRaw<{ judge: number | null; human: number }[]>`
    SELECT j.score AS judge, (s.metadata ->> ${field})::float8 AS human
    FROM "Judgement" j JOIN "Sample" s ON s.id = j."sampleId"
    WHERE j."judgingId" = ${judging.id}::uuid AND s.metadata ->> ${field} ~ ${HUMAN_SCORE_PATTERN}
    ORDER BY s.index`;
  const humanScale = { min: scale.min, max: scale.max };
  const onScale = pairs.filter((pair) => pair.human >= humanScale.min && pair.human <= humanScale.max);
  return {
    field,
    humanScale,
    unscored: onScale.filter((pair) => pair.judge === null).length,
    offScale: pairs.length - onScale.length,
    ...computeJudgeAgreement(onScale, humanScale),
  };
}
