import { ApiError } from "@/lib/api/errors";
import type { TDb } from "@/lib/db/prisma";
import { JUDGE_MAX_TOKENS } from "@/lib/judging/schemas";
import { estimateRunCost, type TRunEstimate } from "@/lib/runs/estimate";
import { measureCommonSamples } from "./items";
import { buildPairs } from "./pairs";
import { PAIRWISE_SYSTEM_PROMPT } from "./prompt";
import { pickDefaultPairwiseRubric, usesPairwiseReference, validatePairwiseRubric } from "./rubric";
import type { TCreatePairwiseInput } from "./schemas";

export type TPairwisePlan = {
  datasetId: string;
  split: "TRAIN" | "TEST";
  runIds: string[];
  includeReference: boolean;
  judgeEndpointIds: string[];
  schedule: "all" | "baseline";
  baselineIndex: number | null;
  pairs: [number, number][];
  rubric: string;
  referenceGuided: boolean;
  samples: number;
  lastIndex: number;
  /** Judge calls: pairs × samples × 2 orders × judges. */
  calls: number;
  estimate: TRunEstimate;
};

const fail = (status: number, code: string, message: string, path: string) => {
  throw new ApiError(status, code, message, [{ path, message }]);
};

/**
 * Checks a pairwise judging request and works out what it would do: the samples the contestants share, the pairs,
 * the judge calls and their cost at list price. Bad input is a 4xx naming the runs and why; nothing is written.
 */
export async function planPairwiseJudging(db: TDb, input: TCreatePairwiseInput): Promise<TPairwisePlan> {
  const runIds = input.runIds;
  const repeated = runIds.filter((id, i) => runIds.indexOf(id) !== i);
  if (repeated.length > 0)
    fail(422, "same_run_twice", `Run ${[...new Set(repeated)].join(", ")} is listed twice.`, "runIds");
  const judges = await db.modelEndpoint.findMany({
    where: { id: { in: input.judgeEndpointIds } },
    select: { id: true, name: true, inputPricePerM: true, outputPricePerM: true },
  });
  const missingJudge = input.judgeEndpointIds.find((id) => !judges.some((judge) => judge.id === id));
  if (missingJudge)
    fail(404, "endpoint_not_found", `Judge endpoint ${missingJudge} does not exist.`, "judgeEndpointIds");

  const runs = await db.run.findMany({
    where: { id: { in: runIds } },
    select: { id: true, datasetId: true, task: true, split: true, status: true },
  });
  const missing = runIds.filter((id) => !runs.some((run) => run.id === id));
  if (missing.length > 0) fail(404, "run_not_found", `Run ${missing.join(", ")} does not exist.`, "runIds");
  const ordered = runIds.map((id) => runs.find((run) => run.id === id)!);
  const notOpen = ordered.filter((run) => run.task !== "OPEN_QA").map((run) => run.id);
  if (notOpen.length > 0)
    fail(422, "not_open_qa", `Run ${notOpen.join(", ")} is not an open-QA run: no answers to compare.`, "runIds");
  const incomplete = ordered.filter((run) => run.status !== "COMPLETED");
  if (incomplete.length > 0) {
    const list = incomplete.map((run) => `${run.id} (${run.status.toLowerCase()})`).join(", ");
    fail(422, "run_not_complete", `Only complete runs can be compared: run ${list} is not complete.`, "runIds");
  }
  const first = ordered[0]!;
  const otherDataset = ordered.filter((run) => run.datasetId !== first.datasetId).map((run) => run.id);
  if (otherDataset.length > 0) {
    fail(422, "mixed_datasets", `Run ${otherDataset.join(", ")} is on another dataset than run ${first.id}.`, "runIds");
  }
  const otherSplit = ordered.filter((run) => run.split !== first.split).map((run) => run.id);
  if (otherSplit.length > 0) {
    fail(
      422,
      "mixed_splits",
      `Run ${otherSplit.join(", ")} is on another split than run ${first.id} (${first.split}).`,
      "runIds",
    );
  }
  const includeReference = input.includeReference ?? false;
  const contestants = runIds.length + (includeReference ? 1 : 0);
  if (contestants < 2) {
    fail(422, "too_few_contestants", "Compare at least two contestants: two runs, or a run and the dataset.", "runIds");
  }

  let baselineIndex: number | null = null;
  const schedule = input.schedule ?? "all";
  if (schedule === "baseline") {
    baselineIndex =
      input.baseline === "dataset" ? (includeReference ? runIds.length : -1) : runIds.indexOf(input.baseline!);
    if (baselineIndex < 0)
      fail(422, "baseline_not_contestant", `The baseline ${input.baseline} is not a contestant.`, "baseline");
  }
  const pairs = buildPairs(
    contestants,
    baselineIndex === null ? { schedule: "all" } : { schedule: "baseline", baselineIndex },
  );

  const rubric = input.rubric ?? pickDefaultPairwiseRubric(input.referenceGuided ?? false);
  const problem = validatePairwiseRubric(rubric);
  if (problem) fail(422, "invalid_rubric", problem, "rubric");

  const target = { id: "", datasetId: first.datasetId, split: first.split, runIds, includeReference };
  const { samples, lastIndex } = await measureCommonSamples(db, target);
  if (samples === 0) {
    fail(
      422,
      "no_shared_samples",
      `Runs ${runIds.join(", ")} share no answered sample: there is nothing to compare.`,
      "runIds",
    );
  }
  const calls = pairs.length * samples * 2 * input.judgeEndpointIds.length;
  const referenceGuided = usesPairwiseReference(rubric);
  const promptChars = await averagePromptChars(db, { ...target, pairs, rubric, referenceGuided });
  const ordersPerJudge = pairs.length * samples * 2;
  const estimate = estimateRunCost({
    task: "OPEN_QA",
    samples: ordersPerJudge,
    promptChars,
    maxTokens: JUDGE_MAX_TOKENS,
    labels: [],
    endpoints: input.judgeEndpointIds.map((id) => judges.find((judge) => judge.id === id)!),
  });
  return {
    datasetId: first.datasetId,
    split: first.split,
    runIds,
    includeReference,
    judgeEndpointIds: input.judgeEndpointIds,
    schedule,
    baselineIndex,
    pairs,
    rubric,
    referenceGuided,
    samples,
    lastIndex,
    calls,
    estimate,
  };
}

/** Characters of one judge call's prompt, averaged over the shared samples and the pairs. */
async function averagePromptChars(
  db: TDb,
  plan: {
    datasetId: string;
    split: "TRAIN" | "TEST";
    runIds: string[];
    includeReference: boolean;
    pairs: [number, number][];
    rubric: string;
    referenceGuided: boolean;
  },
): Promise<number> {
  const [row] = await db.$queryRaw<{ question: number | null; reference: number | null }[]>`
    SELECT avg(length(input))::float8 AS question, avg(length(expected))::float8 AS reference FROM "Sample"
    WHERE "datasetId" = ${plan.datasetId}::uuid AND split::text = ${plan.split}`;
  const answers = await db.$queryRaw<{ runId: string; chars: number | null }[]>`
    SELECT "runId"::text AS "runId", avg(length("rawText"))::float8 AS chars FROM "Output"
    WHERE "runId" = ANY(${plan.runIds}::uuid[]) AND "errorKind" IS NULL GROUP BY "runId"`;
  const answerChars = (i: number) =>
    i < plan.runIds.length
      ? (answers.find((entry) => entry.runId === plan.runIds[i])?.chars ?? 0)
      : (row?.reference ?? 0);
  const fixed = PAIRWISE_SYSTEM_PROMPT.length + plan.rubric.length + (row?.question ?? 0);
  const reference = plan.referenceGuided ? (row?.reference ?? 0) : 0;
  const perPair = plan.pairs.map(([x, y]) => fixed + reference + answerChars(x) + answerChars(y));
  return perPair.reduce((sum, chars) => sum + chars, 0) / Math.max(1, perPair.length);
}
