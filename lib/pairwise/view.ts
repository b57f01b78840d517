import { ApiError } from "@/lib/api/errors";
import type { TDb } from "@/lib/db/prisma";
import { buildJobProgress } from "@/lib/jobs/progress";
import { getJobRowStats } from "@/lib/jobs/stats";
import { isSelfJudged } from "@/lib/judging/self-preference";
import { pairwiseKind } from "./kind";
import { storePairwiseRatings, type TStoredRatings } from "./ratings-store";
import { getJudgeDiagnostics, getJuryAgreement, getPairResults } from "./results";

export type TContestant = {
  index: number;
  kind: "run" | "dataset";
  runId: string | null;
  label: string;
  endpoint: { id: string; name: string; model: string } | null;
};

/** The contestants of a pairwise judging, in order: its runs (named by their endpoints), then "dataset". */
export async function loadContestants(
  db: TDb,
  judging: { runIds: string[]; includeReference: boolean },
): Promise<TContestant[]> {
  const runs = await db.run.findMany({
    where: { id: { in: judging.runIds } },
    select: { id: true, endpoint: { select: { id: true, name: true, model: true } } },
  });
  const contestants: TContestant[] = judging.runIds.map((runId, index) => {
    const endpoint = runs.find((run) => run.id === runId)?.endpoint ?? null;
    return { index, kind: "run", runId, label: endpoint?.name ?? runId.slice(0, 8), endpoint };
  });
  if (judging.includeReference) {
    contestants.push({ index: judging.runIds.length, kind: "dataset", runId: null, label: "dataset", endpoint: null });
  }
  return contestants;
}

/** GET /api/pairwise-judgings/:id: the judging, its progress, results per pair, judge diagnostics, agreement, ratings. */
export async function getPairwiseView(db: TDb, id: string) {
  const judging = await db.pairwiseJudging.findUnique({
    where: { id },
    include: { dataset: { select: { id: true, name: true, task: true } } },
  });
  if (!judging) throw new ApiError(404, "pairwise_not_found", `Pairwise judging ${id} does not exist.`);
  const pairs = judging.pairs as [number, number][];
  const [contestants, endpoints, stats] = await Promise.all([
    loadContestants(db, judging),
    db.modelEndpoint.findMany({
      where: { id: { in: judging.judgeEndpointIds } },
      select: { id: true, name: true, model: true },
    }),
    getJobRowStats(db, pairwiseKind, id),
  ]);
  const judges = judging.judgeEndpointIds.map((endpointId, index) => {
    const endpoint = endpoints.find((entry) => entry.id === endpointId) ?? {
      id: endpointId,
      name: endpointId,
      model: "",
    };
    // Self-preference (Panickssery et al. 2024): every juror whose model is a contestant's.
    const judgesOwn = contestants.filter((contestant) => isSelfJudged(endpoint, contestant.endpoint));
    return { index, ...endpoint, selfPreference: judgesOwn.map((contestant) => contestant.label) };
  });
  const [results, perJudge, diagnostics, agreement] = await Promise.all([
    getPairResults(db, id),
    judges.length > 1 ? Promise.all(judges.map((judge) => getPairResults(db, id, judge.index))) : Promise.resolve(null),
    getJudgeDiagnostics(db, { id, runIds: judging.runIds, includeReference: judging.includeReference, pairs }),
    getJuryAgreement(db, id, judges.length),
  ]);
  const ratings = judging.status === "COMPLETED" ? await readRatings(db, judging) : null;
  return {
    id: judging.id,
    status: judging.status,
    errorMessage: judging.errorMessage,
    dataset: judging.dataset,
    split: judging.split,
    schedule: judging.schedule,
    baselineIndex: judging.baselineIndex,
    rubric: judging.rubric,
    referenceGuided: judging.referenceGuided,
    rejudgeOfId: judging.rejudgeOfId,
    contestants,
    judges,
    pairs: pairs.map(([first, second], pairIndex) => ({
      pairIndex,
      first,
      second,
      result: results.find((result) => result.pairIndex === pairIndex) ?? null,
      perJudge: perJudge?.map((rows) => rows.find((result) => result.pairIndex === pairIndex) ?? null) ?? null,
    })),
    diagnostics,
    agreement,
    ratings,
    createdAt: judging.createdAt,
    startedAt: judging.startedAt,
    finishedAt: judging.finishedAt,
    progress: buildJobProgress(judging, stats),
    totals: {
      calls: stats.done,
      cost: stats.cost,
      promptTokens: stats.promptTokens,
      completionTokens: stats.completionTokens,
      cached: stats.cached,
      latencyP50Ms: stats.latencyP50,
      errorsByKind: stats.errorsByKind,
    },
  };
}

export type TPairwiseView = Awaited<ReturnType<typeof getPairwiseView>>;

/**
 * The ratings stored when the judging completed. Were the completion hook to have failed (a crash right after the
 * status flip), the first reader stores them instead; after that, reading never refits.
 */
async function readRatings(db: TDb, judging: { id: string; generation: number; ratings: unknown }) {
  const stored = judging.ratings as TStoredRatings | null;
  if (stored && stored.generation === judging.generation) return stored;
  return storePairwiseRatings(db, judging.id);
}
