import { ApiError } from "@/lib/api/errors";
import type { TDb } from "@/lib/db/prisma";
import {
  countConfusion,
  isNonInferior,
  macroF1FromConfusion,
  pairedConfusionLowerBound,
  pairedMeanLowerBound,
  pairedProportionLowerBound,
  type TConfusion,
  type TNonInferiorityBound,
} from "@/lib/metrics";
import { countClassificationPairs, findJudgeNotePairs } from "./pairs";
import { findGateRuns, type TGateRuns } from "./runs";
import type { TGateQuery, TGateResult } from "./schemas";

/** Seeded so a gate gives the same verdict every time it is asked about the same runs. */
const GATE_BOOTSTRAP = { samples: 2000, seed: 1 };

const validAccuracyOf = (confusion: TConfusion) => {
  const { valid, correct } = countConfusion(confusion);
  return valid === 0 ? null : correct / valid;
};

type TMeasured = Pick<TGateResult, "baselineValue" | "candidateValue" | "method" | "judge"> & {
  bound: TNonInferiorityBound;
};

function refuseWithoutPairs(n: number, what: string) {
  if (n === 0) throw new ApiError(422, "no_shared_samples", `The runs share no ${what}: there is nothing to compare.`);
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

async function measureClassification(db: TDb, runs: TGateRuns, query: TGateQuery): Promise<TMeasured> {
  if (runs.baseline.task !== "CLASSIFICATION") {
    throw new ApiError(422, "metric_not_available", `${query.metric} needs a classification dataset; use judgeMean.`);
  }
  const pairs = await countClassificationPairs(db, query);
  refuseWithoutPairs(pairs.n, "answered sample");
  const labels = runs.baseline.dataset.labels;
  if (query.metric === "accuracy") {
    const bound = pairedProportionLowerBound(pairs, query.alpha);
    const baselineValue = pairs.baselineCorrect / pairs.n;
    return {
      bound,
      baselineValue,
      candidateValue: pairs.candidateCorrect / pairs.n,
      method: "paired proportions, Bonett-Price adjusted Wald lower bound",
      judge: null,
    };
  }
  const metric = query.metric === "macroF1" ? macroF1FromConfusion : validAccuracyOf;
  const { baselineValue, candidateValue, ...bound } = pairedConfusionLowerBound(labels, pairs.cells, metric, {
    ...GATE_BOOTSTRAP,
    alpha: query.alpha,
  });
  const method = `paired bootstrap (B = ${GATE_BOOTSTRAP.samples}, seed ${GATE_BOOTSTRAP.seed}), percentile lower bound`;
  return { bound, baselineValue, candidateValue, method, judge: null };
}

async function measureJudgeMean(db: TDb, runs: TGateRuns, query: TGateQuery): Promise<TMeasured> {
  if (runs.baseline.task !== "OPEN_QA") {
    throw new ApiError(422, "metric_not_available", "judgeMean needs judged open-QA runs; use accuracy.");
  }
  const paired = await findJudgeNotePairs(db, query);
  if (!paired) {
    throw new ApiError(
      422,
      "no_shared_judging",
      "No completed judging of the candidate has a counterpart on the baseline with the same judge and rubric.",
    );
  }
  refuseWithoutPairs(paired.notes.length, "graded sample");
  const bound = pairedMeanLowerBound(
    paired.notes.map((note) => note.candidate - note.baseline),
    query.alpha,
  );
  return {
    bound,
    baselineValue: mean(paired.notes.map((note) => note.baseline)),
    candidateValue: mean(paired.notes.map((note) => note.candidate)),
    method: "paired t, one-sided lower bound",
    judge: paired.judge,
  };
}

/**
 * The CI gate: is the candidate run not worse than the baseline by more than `margin` on `metric`? A one-sided
 * non-inferiority test on the samples both runs answered (lib/metrics/non-inferiority.ts); refused (422) for runs
 * that cannot be paired.
 */
export async function evaluateGate(db: TDb, query: TGateQuery): Promise<TGateResult> {
  const runs = await findGateRuns(db, query);
  const measured =
    query.metric === "judgeMean"
      ? await measureJudgeMean(db, runs, query)
      : await measureClassification(db, runs, query);
  const describeRun = (run: TGateRuns["baseline"]) => ({
    id: run.id,
    endpoint: run.endpoint.name,
    model: run.endpoint.model,
  });
  return {
    dataset: { id: runs.baseline.dataset.id, name: runs.baseline.dataset.name },
    split: runs.baseline.split,
    baseline: describeRun(runs.baseline),
    candidate: describeRun(runs.candidate),
    metric: query.metric,
    margin: query.margin,
    alpha: query.alpha,
    method: measured.method,
    pairs: measured.bound.n,
    baselineValue: measured.baselineValue,
    candidateValue: measured.candidateValue,
    difference: measured.bound.estimate,
    lower: measured.bound.lower,
    passed: isNonInferior(measured.bound, query.margin),
    judge: measured.judge,
  };
}
