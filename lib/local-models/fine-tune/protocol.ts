import { z } from "zod";
import type { LocalFineTuneJob } from "@/lib/db/generated/client";

const auto = <T extends z.ZodType>(schema: T) => z.union([z.literal("auto"), schema]).optional();

const ZHyperparameters = z.object({
  n_epochs: auto(z.number().int().min(1).max(50)),
  batch_size: auto(z.number().int().min(1).max(256)),
  learning_rate_multiplier: auto(z.number().positive().max(10)),
});

/** POST /fine_tuning/jobs as OpenAI defines it (hyperparameters at the top or under method.supervised). */
export const ZCreateJobRequest = z.object({
  model: z.string().min(1).max(300),
  training_file: z.string().min(1).max(100),
  validation_file: z.string().min(1).max(100).nullish(),
  hyperparameters: ZHyperparameters.optional(),
  method: z
    .object({ type: z.string(), supervised: z.object({ hyperparameters: ZHyperparameters.optional() }).optional() })
    .optional(),
  suffix: z.string().max(64).nullish(),
  seed: z.number().int().nullish(),
});

export type TCreateJobRequest = z.infer<typeof ZCreateJobRequest>;

export function readRequestedHyperparameters(request: TCreateJobRequest) {
  const hyper = request.method?.supervised?.hyperparameters ?? request.hyperparameters ?? {};
  const value = <T>(setting: T | "auto" | undefined) => (setting === "auto" ? undefined : setting);
  return {
    nEpochs: value(hyper.n_epochs),
    batchSize: value(hyper.batch_size),
    learningRateMultiplier: value(hyper.learning_rate_multiplier),
  };
}

export type TStoredEvent = {
  id: string;
  createdAt: number;
  level: "info" | "warn" | "error";
  message: string;
  data?: { step: number; total_steps: number; train_loss: number; valid_loss: number | null };
};

const seconds = (date: Date | null) => (date ? Math.floor(date.getTime() / 1000) : null);

/** A job as OpenAI's API shows it. */
export function toJobObject(job: LocalFineTuneJob) {
  return {
    object: "fine_tuning.job" as const,
    id: job.id,
    model: job.baseModel,
    created_at: seconds(job.createdAt),
    finished_at: seconds(job.finishedAt),
    fine_tuned_model: job.fineTunedModel,
    organization_id: "org-evalboard-local",
    result_files: [],
    status: job.status,
    training_file: job.trainingFileId,
    validation_file: job.validationFileId,
    hyperparameters: {
      n_epochs: job.nEpochs,
      batch_size: job.batchSize,
      learning_rate_multiplier: job.learningRateMultiplier,
    },
    trained_tokens: job.trainedTokens,
    error: job.errorCode ? { code: job.errorCode, message: job.errorMessage ?? "", param: null } : null,
    seed: 0,
    suffix: job.suffix,
    estimated_finish: null,
    integrations: [],
  };
}

/** The job's events, newest first, as GET /fine_tuning/jobs/{id}/events lists them. */
export function toEventList(events: readonly TStoredEvent[], limit: number) {
  const data = [...events]
    .reverse()
    .slice(0, limit)
    .map((event) => ({
      object: "fine_tuning.job.event" as const,
      id: event.id,
      created_at: event.createdAt,
      level: event.level,
      message: event.message,
      type: event.data ? ("metrics" as const) : ("message" as const),
      data: event.data ?? {},
    }));
  return { object: "list" as const, data, has_more: events.length > limit };
}
