import type { TPrisma } from "@/lib/db/prisma";
import type { TJudgingEnqueuer } from "@/lib/judging/create";
import type { TRunEnqueuer } from "@/lib/runs/create";
import { previewRuns } from "@/lib/runs/preview";
import type { TEnsuredDataset } from "./ensure-dataset";
import type { TEnsuredEndpoint } from "./ensure-endpoint";
import { ensureRemoteEndpoint } from "./ensure-remote-endpoint";
import { ensureRun, findRun } from "./ensure-run";
import { estimateJudgeCost, formatSpendEstimate, type TEstimateLine } from "./openai-estimate";
import { ensureJudgings, findJudgeTargets } from "./openai-judge";
import { SPEND_CONFIRMATION, type TOpenAiPlan, type TPlannedRun } from "./openai-plan";

export type TExperimentDeps = { db: TPrisma; runQueue: TRunEnqueuer; judgingQueue: TJudgingEnqueuer };

export type TExperimentResult = {
  endpoints: TEnsuredEndpoint[];
  estimate: TEstimateLine[];
  status: "nothing-to-do" | "awaiting-confirmation" | "started";
  runs: string[];
  judgings: string[];
};

type TResolvedRun = TPlannedRun & { datasetId: string; endpointId: string };

/**
 * Registers the experiment's endpoints, prints what the missing runs and judgings would cost, and creates them only
 * with EVALBOARD_DEMO_SPEND=yes. Safe to repeat: what exists is never created again, so a second seed costs nothing.
 */
export async function runOpenAiExperiment(
  deps: TExperimentDeps,
  plan: TOpenAiPlan,
  datasets: readonly TEnsuredDataset[],
  log: (line: string) => void = console.log,
): Promise<TExperimentResult> {
  const endpoints: TEnsuredEndpoint[] = [];
  for (const spec of plan.endpoints) endpoints.push(await ensureRemoteEndpoint(deps.db, spec));
  const endpointId = (name: string) => endpoints.find((endpoint) => endpoint.name === name)!.id;
  const datasetId = (key: string) => {
    const dataset = datasets.find((candidate) => candidate.key === key);
    if (!dataset) throw new Error(`OpenAI experiment: unknown demo dataset "${key}"`);
    return dataset.id;
  };

  const missing: TResolvedRun[] = [];
  for (const run of plan.runs) {
    const resolved = { ...run, datasetId: datasetId(run.dataset), endpointId: endpointId(run.endpoint) };
    if (!(await findRun(deps.db, resolved))) missing.push(resolved);
  }
  const judge = { judgeEndpointId: endpointId(plan.judge.endpoint), datasetId: datasetId(plan.judge.dataset) };
  const estimate = await estimateExperiment(deps.db, plan, missing, judge);
  const result = { endpoints, estimate, runs: [] as string[], judgings: [] as string[] };
  if (estimate.length === 0) return { ...result, status: "nothing-to-do" };

  for (const line of formatSpendEstimate(estimate)) log(line);
  if (!plan.spend) {
    log(`Nothing was spent. To run it: ${SPEND_CONFIRMATION.variable}=${SPEND_CONFIRMATION.value} npm run up`);
    return { ...result, status: "awaiting-confirmation" };
  }
  for (const run of missing) result.runs.push((await ensureRun(deps.db, deps.runQueue, run)).id);
  result.judgings = await ensureJudgings({ db: deps.db, queue: deps.judgingQueue }, judge);
  return { ...result, status: "started" };
}

async function estimateExperiment(
  db: TPrisma,
  plan: TOpenAiPlan,
  missing: readonly TResolvedRun[],
  judge: { judgeEndpointId: string; datasetId: string },
): Promise<TEstimateLine[]> {
  const lines: TEstimateLine[] = [];
  for (const run of missing) {
    const preview = await previewRuns(db, {
      datasetId: run.datasetId,
      endpointIds: [run.endpointId],
      shots: run.shots,
      split: "TEST",
      temperature: 0,
      seed: 1,
    });
    const shots = run.shots === 0 ? "zero-shot" : `${run.shots}-shot`;
    const cost = preview.perEndpoint[0]?.cost ?? null;
    lines.push({ label: `${run.endpoint} ${shots} on ${run.dataset}`, calls: preview.samples, cost });
  }
  const targets = await findJudgeTargets(db, judge);
  const newQaRuns = missing.filter((run) => run.datasetId === judge.datasetId).length;
  const judgedSets = targets.runIds.length + newQaRuns + (targets.includeReference ? 1 : 0);
  if (judgedSets === 0) return lines;
  const sizes = await measureTestSet(db, judge.datasetId);
  const judgeSpec = plan.endpoints.find((endpoint) => endpoint.name === plan.judge.endpoint)!;
  const judgements = judgedSets * sizes.count;
  const { cost } = estimateJudgeCost({ judgements, ...sizes, ...judgeSpec });
  lines.push({
    label: `${plan.judge.endpoint} grading ${judgedSets} answer sets on ${plan.judge.dataset}`,
    calls: judgements,
    cost,
  });
  return lines;
}

async function measureTestSet(db: TPrisma, datasetId: string) {
  const [row] = await db.$queryRaw<{ count: number; avgQuestionChars: number; avgAnswerChars: number }[]>`
    SELECT count(*)::int AS count, coalesce(avg(length(input)), 0)::float8 AS "avgQuestionChars",
           coalesce(avg(length(expected)), 0)::float8 AS "avgAnswerChars"
    FROM "Sample" WHERE "datasetId" = ${datasetId}::uuid AND split = 'TEST'`;
  return row ?? { count: 0, avgQuestionChars: 0, avgAnswerChars: 0 };
}
