import { randomUUID } from "node:crypto";
import { ApiError } from "@/lib/api/errors";
import type { TDb } from "@/lib/db/prisma";
import { parseLocalModelName } from "../model-name";
import { ZLocalJobId } from "./model-id";
import {
  readRequestedHyperparameters,
  toEventList,
  toJobObject,
  type TCreateJobRequest,
  type TStoredEvent,
} from "./protocol";
import { resolveHyperparameters } from "./trainer";
import { parseTrainingFile } from "./training-file";
import { startLocalTraining } from "./train-job";

/** OpenAI's minimum; the same here, so the built-in provider refuses what a real one would. */
export const MIN_TRAINING_EXAMPLES = 10;
const TERMINAL = new Set(["succeeded", "failed", "cancelled"]);

function jobNotFound(id: string): ApiError {
  return new ApiError(404, "not_found", `No fine-tuning job "${id}".`);
}

async function readFileRows(db: TDb, fileId: string, field: string) {
  const file = await db.localFineTuneFile.findUnique({ where: { id: fileId } });
  if (!file) throw new ApiError(400, "invalid_request", `${field}: no file "${fileId}".`);
  const parsed = parseTrainingFile(file.content);
  if ("error" in parsed) throw new ApiError(400, "invalid_file", `${field}: ${parsed.error}`);
  return parsed.rows;
}

/**
 * POST /fine_tuning/jobs. The files are checked now (a provider validates them before queueing): a bad file or too
 * few examples is the provider's 400 with its message. Training then starts in this process; if the process stops,
 * the next GET of the job takes it over (see train-job.ts).
 */
export async function createLocalJob(db: TDb, request: TCreateJobRequest) {
  if (!parseLocalModelName(request.model)) {
    throw new ApiError(400, "model_not_available", `model: "${request.model}" is not a built-in model to fine-tune.`);
  }
  const training = await readFileRows(db, request.training_file, "training_file");
  if (training.length < MIN_TRAINING_EXAMPLES) {
    throw new ApiError(
      400,
      "invalid_file",
      `training_file: it has ${training.length} examples; at least ${MIN_TRAINING_EXAMPLES} are required.`,
    );
  }
  if (request.validation_file) await readFileRows(db, request.validation_file, "validation_file");
  const hyper = resolveHyperparameters(readRequestedHyperparameters(request), training.length);
  const id = `ftjob-${randomUUID()}`;
  const job = await db.localFineTuneJob.create({
    data: {
      id,
      baseModel: request.model,
      trainingFileId: request.training_file,
      validationFileId: request.validation_file ?? null,
      ...hyper,
      suffix: request.suffix ?? null,
      status: "queued",
      events: [
        { id: `${id}-created`, createdAt: Math.floor(Date.now() / 1000), level: "info", message: "Job created." },
      ],
    },
  });
  startLocalTraining(db, id);
  return toJobObject(job);
}

async function findJob(db: TDb, id: string) {
  if (!ZLocalJobId.safeParse(id).success) throw jobNotFound(id);
  const job = await db.localFineTuneJob.findUnique({ where: { id } });
  if (!job) throw jobNotFound(id);
  return job;
}

/** GET /fine_tuning/jobs/{id}; a job left unfinished by a stopped process is taken over here. */
export async function getLocalJob(db: TDb, id: string) {
  const job = await findJob(db, id);
  if (!TERMINAL.has(job.status)) startLocalTraining(db, id);
  return toJobObject(job);
}

export async function listLocalJobEvents(db: TDb, id: string, limit: number) {
  const job = await findJob(db, id);
  return toEventList(job.events as TStoredEvent[], limit);
}

/** POST /fine_tuning/jobs/{id}/cancel: a finished job cannot be cancelled (OpenAI answers 400 too). */
export async function cancelLocalJob(db: TDb, id: string) {
  const job = await findJob(db, id);
  if (TERMINAL.has(job.status)) {
    throw new ApiError(400, "invalid_request", `The job is already ${job.status} and cannot be cancelled.`);
  }
  const updated = await db.localFineTuneJob.update({
    where: { id },
    data: { status: "cancelled", finishedAt: new Date() },
  });
  return toJobObject(updated);
}
