import type OpenAI from "openai";
import { prisma } from "@/lib/db/prisma";
import type { TJobDeps } from "@/lib/jobs/deps";
import type { TItemOutcome } from "@/lib/jobs/kind";
import { sleep } from "@/lib/llm/sleep";
import type { TLlmEndpoint } from "@/lib/llm/types";
import { getRunQueue } from "@/lib/runs/web-queue";
import { buildDatasetExport } from "./export";
import {
  describeProviderError,
  nextPollDelay,
  providerClient,
  uploadExamples,
  type TProviderFailure,
} from "./provider";
import { recordProviderEvents } from "./provider-events";
import { registerFineTunedModel } from "./register";

export type TFineTuneOutcomeRow = { fineTuneId: string; sampleId: number; outcome: string };
export type TFineTuneContext = { job: { id: string; total: number; lastIndex: number }; providerEndpointId: string };

type TStep =
  { done: true; fineTunedModel: string } | { done: true; outcome: TItemOutcome<TFineTuneOutcomeRow> } | { done: false };

/** Attempts at the upload and the job creation while the provider is busy or unreachable (about 5 minutes: the
 * built-in provider may still be starting when the demo seed queued its fine-tune). */
const START_ATTEMPTS = 10;

/**
 * A fine-tune's one item: upload the files and create the provider's job (each id saved at once, so a workers
 * restart resumes instead of starting over), then poll the job with backoff, recording its events, until it is over.
 * Success registers the endpoint and queues its runs; a refusal, a failure or a cancel at the provider stops the job
 * with the provider's reason, and nothing is registered.
 */
export async function processFineTune(
  deps: TJobDeps,
  context: TFineTuneContext,
): Promise<TItemOutcome<TFineTuneOutcomeRow>> {
  const id = context.job.id;
  const endpoint = await deps.loadEndpoint(context.providerEndpointId);
  const client = providerClient(endpoint);
  const row = (outcome: string) => ({ row: { fineTuneId: id, sampleId: 0, outcome } });
  const started = await withStartRetries(endpoint, () => startProviderJob(client, id));
  if ("stop" in started) return started;
  let delay = 0;
  for (;;) {
    await sleep(delay);
    const fineTune = await prisma.fineTune.findUniqueOrThrow({ where: { id }, select: { status: true } });
    if (fineTune.status === "CANCELLED") {
      await client.fineTuning.jobs.cancel(started.providerJobId).catch(() => undefined);
      return row("cancelled");
    }
    if (fineTune.status !== "RUNNING") return row(fineTune.status.toLowerCase());
    const step: TStep | TProviderFailure = await pollOnce(client, id, started.providerJobId).catch((error: unknown) =>
      describeProviderError(error, endpoint),
    );
    if ("retryable" in step) {
      if (!step.retryable) return { stop: `The provider refused: ${step.message}` };
      // Unreachable or busy: wait longer each time; the page shows this error beside "last heard from".
      await prisma.fineTune.update({ where: { id }, data: { lastPollError: step.message.slice(0, 500) } });
      delay = nextPollDelay(delay, step);
      continue;
    }
    if (step.done && "fineTunedModel" in step) {
      // Outside the provider's error handling: a failure here is ours, and the chunk's retry registers it again.
      await registerFineTunedModel(prisma, getRunQueue(), id, step.fineTunedModel);
      return row("succeeded");
    }
    if (step.done) return step.outcome;
    delay = nextPollDelay(delay, null);
  }
}

async function withStartRetries<T>(endpoint: TLlmEndpoint, start: () => Promise<T>): Promise<T | { stop: string }> {
  let delay = 0;
  for (let attempt = 1; ; attempt++) {
    await sleep(delay);
    try {
      return await start();
    } catch (error) {
      const failure = describeProviderError(error, endpoint);
      if (!failure.retryable || attempt >= START_ATTEMPTS) return { stop: `The provider refused: ${failure.message}` };
      delay = nextPollDelay(delay, failure);
    }
  }
}

/** Uploads the files and creates the job unless already done (ids in Postgres); the provider's job id. */
async function startProviderJob(client: OpenAI, id: string): Promise<{ providerJobId: string }> {
  let fineTune = await prisma.fineTune.findUniqueOrThrow({ where: { id } });
  if (fineTune.providerJobId) return { providerJobId: fineTune.providerJobId };
  if (!fineTune.trainingFileId) {
    const { plan } = await buildDatasetExport(fineTune.datasetId, {
      split: fineTune.split,
      validationShare: fineTune.validationShare,
      seed: fineTune.seed,
    });
    const trainingFileId = await uploadExamples(client, plan.training, "training.jsonl");
    const validationFileId =
      plan.validation.length > 0 ? await uploadExamples(client, plan.validation, "validation.jsonl") : null;
    fineTune = await prisma.fineTune.update({ where: { id }, data: { trainingFileId, validationFileId } });
  }
  const endpoint = await prisma.modelEndpoint.findUniqueOrThrow({
    where: { id: fineTune.providerEndpointId },
    select: { model: true },
  });
  const hyperparameters = {
    ...(fineTune.nEpochs === null ? {} : { n_epochs: fineTune.nEpochs }),
    ...(fineTune.batchSize === null ? {} : { batch_size: fineTune.batchSize }),
    ...(fineTune.learningRateMultiplier === null ? {} : { learning_rate_multiplier: fineTune.learningRateMultiplier }),
  };
  const job = await client.fineTuning.jobs.create({
    model: endpoint.model,
    training_file: fineTune.trainingFileId ?? "",
    ...(fineTune.validationFileId ? { validation_file: fineTune.validationFileId } : {}),
    hyperparameters,
    ...(fineTune.suffix ? { suffix: fineTune.suffix } : {}),
  });
  await prisma.fineTune.update({
    where: { id },
    data: { providerJobId: job.id, providerStatus: job.status, lastHeardAt: new Date() },
  });
  return { providerJobId: job.id };
}

async function pollOnce(client: OpenAI, id: string, providerJobId: string): Promise<TStep> {
  const job = await client.fineTuning.jobs.retrieve(providerJobId);
  const events = await client.fineTuning.jobs.listEvents(providerJobId, { limit: 100 });
  await recordProviderEvents(prisma, id, events.data);
  await prisma.fineTune.update({
    where: { id },
    data: {
      providerStatus: job.status,
      lastHeardAt: new Date(),
      lastPollError: null,
      trainedTokens: job.trained_tokens ?? null,
    },
  });
  if (job.status === "succeeded" && job.fine_tuned_model) return { done: true, fineTunedModel: job.fine_tuned_model };
  if (job.status === "failed") {
    const reason = job.error?.message || "no reason given";
    return { done: true, outcome: { stop: `The provider's job failed: ${reason}` } };
  }
  if (job.status === "cancelled") return { done: true, outcome: { stop: "The provider cancelled the job." } };
  return { done: false };
}
