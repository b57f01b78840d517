import { chunkRange } from "@/lib/runs/chunks";
import { isRunStoppingError, type TModelResult } from "@/lib/runs/engine-types";
import type { TJudgingEngineDeps } from "./engine-types";
import { failJudging, finalizeJudgingIfDone } from "./finalize";
import { buildJudgeMessages } from "./judge-prompt";
import { createJudgementWriter, type TJudgementRow } from "./judgement-writer";
import { loadJudgingContext, readJudgingStatus } from "./judging-context";
import { parseJudgement } from "./parse-judgement";
import { JUDGE_MAX_TOKENS, JUDGE_SEED, JUDGE_TEMPERATURE } from "./schemas";
import { findPendingTargets, type TPendingTarget } from "./targets";

// Targets being judged by this process: a chunk handed out again while still in progress skips them (never paid
// twice). Released when the chunk's judgements are written.
const inFlight = new Set<string>();

/**
 * Judges every answer of one chunk that has no judgement yet, through lib/llm (the judge endpoint's limiter,
 * retries, response cache), and writes the judgements in small idempotent batches. The answering model is never
 * called: answers are read from the run's outputs (or the dataset's references).
 */
export async function processJudgingChunk(
  deps: TJudgingEngineDeps,
  input: { judgingId: string; chunk: number },
): Promise<{ written: number }> {
  if ((await readJudgingStatus(deps, input.judgingId, true)) !== "RUNNING") return { written: 0 };
  const context = await loadJudgingContext(deps, input.judgingId);
  const pending = await findPendingTargets(deps.db, context.judging, chunkRange(context.judging, input.chunk));
  const writer = createJudgementWriter(deps.pool);
  const mine = pending.filter((target) => !inFlight.has(`${input.judgingId}:${target.id}`));
  for (const target of mine) inFlight.add(`${input.judgingId}:${target.id}`);
  try {
    await Promise.all(mine.map(judgeOne));
    const written = await writer.close();
    await finalizeJudgingIfDone(deps.db, input.judgingId);
    return { written };
  } finally {
    for (const target of mine) inFlight.delete(`${input.judgingId}:${target.id}`);
  }

  async function judgeOne(target: TPendingTarget) {
    if ((await readJudgingStatus(deps, input.judgingId)) !== "RUNNING") return;
    const result = await deps.callModel({
      endpoint: context.endpoint,
      messages: buildJudgeMessages(context.judging.rubric, target),
      temperature: JUDGE_TEMPERATURE,
      maxTokens: JUDGE_MAX_TOKENS,
      seed: JUDGE_SEED,
    });
    if (!result.ok && isRunStoppingError(result.error)) {
      // No row: after the key or model is fixed, "resume" judges these answers.
      await failJudging(deps.db, input.judgingId, result.error.message);
      return;
    }
    await writer.add(toJudgementRow(input.judgingId, target, result));
  }
}

export function toJudgementRow(judgingId: string, target: TPendingTarget, result: TModelResult): TJudgementRow {
  const base = { judgingId, sampleId: target.id, attempts: result.attempts, latencyMs: Math.round(result.latencyMs) };
  if (!result.ok) return { ...base, errorKind: result.error.kind, errorMessage: result.error.message };
  const parsed = parseJudgement(result.content, target.answer);
  return {
    ...base,
    latencyMs: Math.round(result.requestLatencyMs),
    score: parsed.score,
    parseStatus: parsed.status,
    rationale: parsed.rationale,
    rawText: result.content,
    promptTokens: result.promptTokens,
    completionTokens: result.completionTokens,
    cost: result.cost,
    cached: result.cached,
  };
}
