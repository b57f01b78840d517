import { ApiError } from "@/lib/api/errors";
import { normalizeAnswer } from "@/lib/classification/parse-answer";
import type { TPrisma } from "@/lib/db/prisma";
import { buildMessages, renderPrompt, type TChatMessage } from "@/lib/runs/prompt";
import { drawShots } from "@/lib/runs/sample-set";
import { pickShotsFor } from "@/lib/runs/shots";
import { loadOutputsRun } from "./run";

export type TOutputDetail = {
  runId: string;
  task: "CLASSIFICATION" | "OPEN_QA";
  sample: { id: number; index: number; split: string; externalId: string | null; input: string; expected: string };
  /** The messages sent: the run's template snapshot rendered with its seeded shots and this sample. */
  messages: TChatMessage[];
  output: {
    rawText: string | null;
    parsedLabel: string | null;
    /** The answer as normalised for matching and for grouping invalid answers. */
    normalized: string | null;
    valid: boolean | null;
    correct: boolean | null;
    errorKind: string | null;
    errorMessage: string | null;
    attempts: number;
    latencyMs: number | null;
    promptTokens: number | null;
    completionTokens: number | null;
    cost: number | null;
    cached: boolean;
    /** Probability of the answer from the reply's log-probabilities (lib/answer-modes); null without them. */
    confidence: number | null;
    createdAt: Date;
  };
  judgements: {
    judgingId: string;
    judgeName: string;
    score: number | null;
    parseStatus: string | null;
    rationale: string | null;
    rawText: string | null;
    errorKind: string | null;
    errorMessage: string | null;
    latencyMs: number | null;
    cost: number | null;
  }[];
};

/** GET /api/runs/:id/outputs/:sampleId: everything about one answer, for the detail panel. */
export async function getOutputDetail(db: TPrisma, runId: string, sampleId: number): Promise<TOutputDetail> {
  const run = await loadOutputsRun(db, runId);
  const output = await db.output.findUnique({
    where: { runId_sampleId: { runId: run.id, sampleId } },
    include: { sample: true },
  });
  if (!output) {
    throw new ApiError(404, "output_not_found", `Run ${runId} has no output for sample ${sampleId}.`);
  }
  const settings = await db.run.findUniqueOrThrow({
    where: { id: run.id },
    select: { promptTemplate: true, shots: true, seed: true, datasetVersionId: true },
  });
  // drawShots is deterministic in (dataset, version, shots, seed): the same examples the engine put in every prompt.
  const candidates = await drawShots(db, {
    datasetId: run.datasetId,
    shots: settings.shots,
    seed: settings.seed,
    versionId: settings.datasetVersionId,
  });
  const judgements = await db.judgement.findMany({
    where: { sampleId, judging: { runId: run.id } },
    orderBy: { createdAt: "desc" },
    include: { judging: { select: { endpoint: { select: { name: true } } } } },
  });
  const { sample } = output;
  // The label the run was scored against: its version's correction, when it has one.
  const corrected =
    run.relabelVersionId === null
      ? null
      : await db.sampleOverride.findUnique({
          where: { versionId_sampleId: { versionId: run.relabelVersionId, sampleId } },
          select: { expected: true },
        });
  const shots = pickShotsFor(candidates, settings.shots, sample.input);
  return {
    runId: run.id,
    task: run.task,
    sample: {
      id: sample.id,
      index: sample.index,
      split: sample.split,
      externalId: sample.externalId,
      input: sample.input,
      expected: corrected?.expected ?? sample.expected,
    },
    messages: buildMessages(renderPrompt(settings.promptTemplate, { input: sample.input, labels: run.labels, shots })),
    output: {
      rawText: output.rawText,
      parsedLabel: output.parsedLabel,
      normalized: output.rawText === null ? null : normalizeAnswer(output.rawText),
      valid: output.valid,
      correct: output.correct,
      errorKind: output.errorKind,
      errorMessage: output.errorMessage,
      attempts: output.attempts,
      latencyMs: output.latencyMs,
      promptTokens: output.promptTokens,
      completionTokens: output.completionTokens,
      cost: output.cost,
      cached: output.cached,
      confidence: output.confidence,
      createdAt: output.createdAt,
    },
    judgements: judgements.map((j) => ({
      judgingId: j.judgingId,
      judgeName: j.judging.endpoint.name,
      score: j.score,
      parseStatus: j.parseStatus,
      rationale: j.rationale,
      rawText: j.rawText,
      errorKind: j.errorKind,
      errorMessage: j.errorMessage,
      latencyMs: j.latencyMs,
      cost: j.cost,
    })),
  };
}
