import { ApiError } from "@/lib/api/errors";
import { Prisma } from "@/lib/db/generated/client";
import type { TDb } from "@/lib/db/prisma";
import { pairwiseOutcomeCtes } from "@/lib/pairwise/outcomes-sql";
import type { TSource } from "./create-queue";
import type { TCreateQueue } from "./schemas";

type TFlipsInput = Extract<TCreateQueue, { source: "pairwise-flips" }>;

/**
 * The samples of one pair whose verdict flipped with the order (a juror said one contestant in one order and the
 * other, or a tie, in the swapped order): the same `flipped` rule as the pairwise results (lib/pairwise/outcomes-sql).
 * Reviewers say which answer is better (PREFER A, B or TIE), A being the pair's first contestant.
 */
export async function resolvePairwiseFlips(db: TDb, input: TFlipsInput): Promise<TSource> {
  const judging = await db.pairwiseJudging.findUnique({ where: { id: input.pairwiseJudgingId } });
  if (!judging) {
    throw new ApiError(404, "pairwise_not_found", `Pairwise judging ${input.pairwiseJudgingId} does not exist.`);
  }
  const pair = (judging.pairs as [number, number][])[input.pairIndex];
  if (!pair) {
    throw new ApiError(
      422,
      "pair_not_found",
      `pairIndex: the judging has ${(judging.pairs as unknown[]).length} pairs (0 to ${(judging.pairs as unknown[]).length - 1}).`,
    );
  }
  if (input.judgeIndex !== undefined && input.judgeIndex >= judging.judgeEndpointIds.length) {
    throw new ApiError(
      422,
      "judge_not_found",
      `judgeIndex: the judging has ${judging.judgeEndpointIds.length} judges.`,
    );
  }
  const runOf = (contestant: number) => judging.runIds[contestant] ?? null;
  return {
    datasetId: judging.datasetId,
    name: "flipped pairwise verdicts",
    items: Prisma.sql`WITH ${pairwiseOutcomeCtes(judging.id, input.judgeIndex ?? null)}
      SELECT j."sampleId", NULL::int AS "outputId" FROM jury j
      WHERE j."pairIndex" = ${input.pairIndex} AND j.flipped`,
    links: { runId: runOf(pair[0]), secondRunId: runOf(pair[1]) },
  };
}
