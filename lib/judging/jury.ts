import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import type { TDb, TPrisma } from "@/lib/db/prisma";
import { spearman } from "@/lib/metrics/correlation";
import { tIntervalFromSummary } from "@/lib/metrics/judge-scores";
import { quadraticWeightedKappa } from "@/lib/metrics/kappa";
import { createJudgings, type TJudgingEnqueuer } from "./create";
import type { TCreateJudgingsInput } from "./schemas";
import { isSelfJudged } from "./self-preference";

/**
 * A jury for single-answer judging: the same answers graded 1-10 by several judges, one judging per (target,
 * judge) on the engine, read together: per sample the jury's grade is the mean of the judges' grades.
 */
/** POST /api/judgings/jury: what POST /api/judgings takes (calibration aside), with two to five judges. */
export const ZCreateJuryInput = z
  .object({
    judgeEndpointIds: z
      .array(z.uuid())
      .min(2)
      .max(5)
      .refine((ids) => new Set(ids).size === ids.length, "the same judge is listed twice"),
    runIds: z.array(z.uuid()).min(1).max(20).optional(),
    datasetId: z.uuid().optional(),
    includeReference: z.boolean().optional(),
    rubric: z.string().trim().min(1).max(20_000).optional(),
    referenceGuided: z.boolean().optional(),
  })
  .refine((value) => value.runIds || value.datasetId, { message: "runIds or datasetId is required", path: ["runIds"] });

export async function createJury(
  db: TPrisma,
  queue: TJudgingEnqueuer,
  input: Omit<TCreateJudgingsInput, "judgeEndpointId">,
  judgeEndpointIds: string[],
) {
  const perJudge: string[][] = [];
  for (const judgeEndpointId of new Set(judgeEndpointIds)) {
    const { ids } = await createJudgings(db, queue, { ...input, judgeEndpointId });
    perJudge.push(ids);
  }
  // ids[t][j]: target t (in the request's order) graded by judge j.
  return { juries: (perJudge[0] ?? []).map((_, t) => perJudge.map((ids) => ids[t]!)) };
}

export const ZJuryQuery = z.object({
  ids: z
    .string()
    .max(200)
    .transform((value) => value.split(","))
    .pipe(z.array(z.uuid()).min(2).max(5)),
});

/**
 * GET /api/judgings/jury?ids=a,b: judgings of the same answers by different judges, read as one jury: the mean of
 * the judges' grades per sample (with its 95% t interval over samples every judge graded), and for every two
 * judges Spearman's rho and the quadratic-weighted kappa; a self-preference warning for each juror that is the
 * judged model.
 */
export async function getJury(db: TDb, ids: string[]) {
  const judgings = await db.judging.findMany({
    where: { id: { in: ids } },
    include: {
      endpoint: { select: { id: true, name: true, model: true } },
      run: { select: { endpoint: { select: { id: true, name: true, model: true } } } },
    },
  });
  const missing = ids.find((id) => !judgings.some((judging) => judging.id === id));
  if (missing) throw new ApiError(404, "judging_not_found", `Judging ${missing} does not exist.`);
  const ordered = ids.map((id) => judgings.find((judging) => judging.id === id)!);
  const target = (judging: (typeof ordered)[number]) => `${judging.datasetId}:${judging.runId ?? "dataset"}`;
  if (new Set(ordered.map(target)).size > 1) {
    throw new ApiError(
      422,
      "not_one_target",
      "A jury's judgings must grade the same answers (one run, or the dataset).",
    );
  }
  const rows = await db.$queryRaw<{ sampleId: number; scores: (number | null)[] }[]>`
    SELECT j."sampleId", array_agg(j.score ORDER BY array_position(${ids}::uuid[], j."judgingId")) AS scores
    FROM "Judgement" j WHERE j."judgingId" = ANY(${ids}::uuid[])
    GROUP BY j."sampleId" HAVING count(j.score) = ${ids.length}::int
    ORDER BY j."sampleId"`;
  const grades = ordered.map((_, k) => rows.map((row) => row.scores[k] as number));
  const means = rows.map((row) => (row.scores as number[]).reduce((sum, score) => sum + score, 0) / ids.length);
  const mean = means.length > 0 ? means.reduce((sum, value) => sum + value, 0) / means.length : null;
  const sd =
    means.length > 1 && mean !== null
      ? Math.sqrt(means.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (means.length - 1))
      : null;
  const agreement = ordered.flatMap((_, a) =>
    ordered.slice(a + 1).map((__, offset) => {
      const b = a + 1 + offset;
      return {
        judges: [a, b] as const,
        spearman: spearman(grades[a]!, grades[b]!),
        weightedKappa: quadraticWeightedKappa(grades[a]!, grades[b]!),
      };
    }),
  );
  return {
    judgings: ordered.map((judging) => ({
      id: judging.id,
      status: judging.status,
      judge: judging.endpoint,
      selfJudged: isSelfJudged(judging.endpoint, judging.run?.endpoint ?? null),
    })),
    samples: rows.length,
    perSample: rows.map((row, i) => ({ sampleId: row.sampleId, scores: row.scores, mean: means[i]! })),
    mean: tIntervalFromSummary({ n: means.length, mean, sd }),
    agreement,
  };
}
