import { createClassAnswerParser } from "@/lib/classification/parse-answer";
import { chunkRange } from "./chunks";
import { isRunStoppingError, type TModelResult, type TRunEngineDeps } from "./engine-types";
import { failRun, finalizeRunIfDone } from "./finalize";
import { createOutputWriter } from "./output-writer";
import { buildMessages, renderPrompt } from "./prompt";
import { loadRunContext, readRunStatus, type TRunContext } from "./run-context";

type TPendingSample = { id: number; index: number; input: string; expected: string };

// Samples being answered by this process. BullMQ may hand a chunk out again while it is still being processed (a
// lock renewal delayed by a busy event loop, or a flushed Redis followed by the reconciler); those samples are
// skipped instead of being paid for twice. Released when the chunk's outputs are written.
const samplesInFlight = new Set<string>();

/**
 * Answers every sample of one chunk that has no output yet. Answers are written in small batches within a quarter
 * second (INSERT ... ON CONFLICT DO NOTHING on (runId, sampleId)); the response cache, written as each answer
 * arrives, makes a re-delivered chunk free for the samples whose rows were lost in a crash.
 */
export async function processChunk(
  deps: TRunEngineDeps,
  input: { runId: string; chunk: number },
): Promise<{ written: number }> {
  if ((await readRunStatus(deps, input.runId, true)) !== "RUNNING") return { written: 0 };
  const context = await loadRunContext(deps, input.runId);
  const { fromIndex, toIndex } = chunkRange(context.run, input.chunk);
  const pending = await deps.db.$queryRaw<TPendingSample[]>`
    SELECT s.id, s.index, s.input, s.expected FROM "Sample" s
    WHERE s."datasetId" = ${context.run.datasetId}::uuid AND s.split = ${context.run.split}::"Split"
      AND s.index BETWEEN ${fromIndex} AND ${toIndex}
      AND NOT EXISTS (SELECT 1 FROM "Output" o WHERE o."runId" = ${input.runId}::uuid AND o."sampleId" = s.id)
    ORDER BY s.index`;

  const parse = createClassAnswerParser(context.labels);
  const writer = createOutputWriter(deps.pool);
  const mine = pending.filter((sample) => !samplesInFlight.has(`${input.runId}:${sample.id}`));
  for (const sample of mine) samplesInFlight.add(`${input.runId}:${sample.id}`);
  try {
    await answerSamples();
    const written = await writer.close();
    await finalizeRunIfDone(deps.db, input.runId);
    return { written };
  } finally {
    for (const sample of mine) samplesInFlight.delete(`${input.runId}:${sample.id}`);
  }

  async function answerSamples() {
    await Promise.all(
      mine.map(async (sample) => {
        if ((await readRunStatus(deps, input.runId)) !== "RUNNING") return;
        const result = await deps.callModel({
          endpoint: context.endpoint,
          messages: buildMessages(
            renderPrompt(context.run.promptTemplate, {
              input: sample.input,
              labels: context.labels,
              shots: context.shots,
            }),
          ),
          temperature: context.run.temperature,
          maxTokens: context.run.maxTokens,
          seed: context.run.seed,
        });
        if (!result.ok && isRunStoppingError(result.error)) {
          // Do not record an output: after the key or model is fixed, "resume" retries these samples.
          await failRun(deps.db, input.runId, result.error.message);
          return;
        }
        await writer.add(toOutputRow(context, sample, result, parse));
      }),
    );
  }
}

function toOutputRow(
  context: TRunContext,
  sample: TPendingSample,
  result: TModelResult,
  parse: ReturnType<typeof createClassAnswerParser>,
) {
  const base = {
    runId: context.run.id,
    sampleId: sample.id,
    attempts: result.attempts,
    latencyMs: Math.round(result.latencyMs),
  };
  if (!result.ok) return { ...base, errorKind: result.error.kind, errorMessage: result.error.message };
  const answer = {
    ...base,
    latencyMs: Math.round(result.requestLatencyMs),
    rawText: result.content,
    promptTokens: result.promptTokens,
    completionTokens: result.completionTokens,
    cost: result.cost,
    cached: result.cached,
  };
  if (context.run.task !== "CLASSIFICATION") return answer;
  const parsed = parse(result.content);
  return {
    ...answer,
    parsedLabel: parsed.label,
    valid: parsed.valid,
    correct: parsed.valid && parsed.label === sample.expected,
  };
}
