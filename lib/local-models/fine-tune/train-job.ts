import { Prisma, type LocalFineTuneJob } from "@/lib/db/generated/client";
import type { TDb } from "@/lib/db/prisma";
import { formatFineTunedModel } from "./model-id";
import type { TStoredEvent } from "./protocol";
import { startTraining, trainToEnd, type TPredict, type TTraining } from "./trainer";
import { parseTrainingFile } from "./training-file";

/** A claim older than this belongs to a process that stopped: the next GET of the job takes the training over. */
const STALE_CLAIM_SECONDS = 30;
const running = new Set<string>();

const now = () => Math.floor(Date.now() / 1000);

/** Starts training the job in this process unless it already is; never throws (failures are written to the job). */
export function startLocalTraining(db: TDb, id: string): void {
  if (running.has(id)) return;
  running.add(id);
  void trainLocalJob(db, id)
    .catch(async (error: unknown) => {
      const message = error instanceof Error ? error.message : "training failed";
      await failJob(db, id, "training_failed", message).catch(() => undefined);
    })
    .finally(() => running.delete(id));
}

/** Claims a queued job, or a running one whose claim is stale; false when another process holds it or it is over. */
async function claim(db: TDb, id: string): Promise<boolean> {
  const claimed = await db.$executeRaw`
    UPDATE "LocalFineTuneJob" SET status = 'running', "claimedAt" = now()
    WHERE id = ${id} AND (status IN ('validating_files', 'queued')
      OR (status = 'running' AND "claimedAt" < now() - make_interval(secs => ${STALE_CLAIM_SECONDS})))`;
  return claimed > 0;
}

async function failJob(db: TDb, id: string, code: string, message: string): Promise<void> {
  await db.localFineTuneJob.updateMany({
    where: { id, status: { in: ["queued", "running"] } },
    data: { status: "failed", errorCode: code, errorMessage: message.slice(0, 500), finishedAt: new Date() },
  });
}

async function loadRows(db: TDb, fileId: string | null) {
  if (!fileId) return [];
  const file = await db.localFineTuneFile.findUnique({ where: { id: fileId } });
  const parsed = file ? parseTrainingFile(file.content) : { error: `The file ${fileId} is gone.` };
  if ("error" in parsed) throw new Error(parsed.error);
  return parsed.rows;
}

async function prepare(db: TDb, job: LocalFineTuneJob): Promise<{ training: TTraining; tokens: number }> {
  const training = await loadRows(db, job.trainingFileId);
  const validation = await loadRows(db, job.validationFileId);
  const chars = training.reduce((sum, row) => sum + row.input.length + row.expected.length, 0);
  return { training: startTraining(training, validation, job), tokens: Math.ceil(chars / 4) * job.nEpochs };
}

/** Writes the events so far and renews the claim; false when the job was cancelled meanwhile. */
async function saveProgress(db: TDb, id: string, events: TStoredEvent[]): Promise<boolean> {
  const updated = await db.localFineTuneJob.updateMany({
    where: { id, status: "running" },
    data: { events: events as unknown as Prisma.InputJsonValue, claimedAt: new Date() },
  });
  return updated.count > 0;
}

async function trainLocalJob(db: TDb, id: string): Promise<void> {
  if (!(await claim(db, id))) return;
  const job = await db.localFineTuneJob.findUniqueOrThrow({ where: { id } });
  // A takeover starts the fit again from scratch: the earlier attempt's metrics are replaced, its messages kept.
  const events = (job.events as TStoredEvent[]).filter((event) => !event.data);
  const { training, tokens } = await prepare(db, job);
  events.push({
    id: `${id}-start-${events.length}`,
    createdAt: now(),
    level: "info",
    message: `Fine-tuning started: ${training.kind}.`,
  });
  if (!(await saveProgress(db, id, events))) return;
  for (let epoch = 1; epoch <= training.epochs; epoch++) {
    const loss = training.runEpoch(epoch);
    events.push({
      id: `${id}-epoch-${epoch}`,
      createdAt: now(),
      level: "info",
      message: `Epoch ${epoch}/${training.epochs}: training loss ${loss.trainingLoss.toFixed(4)}`,
      data: {
        step: epoch,
        total_steps: training.epochs,
        train_loss: loss.trainingLoss,
        valid_loss: loss.validationLoss,
      },
    });
    if (!(await saveProgress(db, id, events))) return;
  }
  events.push({ id: `${id}-done`, createdAt: now(), level: "info", message: "The job has successfully completed." });
  await db.localFineTuneJob.updateMany({
    where: { id, status: "running" },
    data: {
      status: "succeeded",
      fineTunedModel: formatFineTunedModel(job.baseModel, job.suffix, id),
      trainedTokens: tokens,
      events: events as unknown as Prisma.InputJsonValue,
      finishedAt: new Date(),
    },
  });
  cache.set(id, Promise.resolve(training.predict));
}

const MAX_CACHED = 16;
const cache = new Map<string, Promise<TPredict | null>>();

/** The predictor of a succeeded job: re-derived from its files (deterministic fit), then cached in this process. */
export function loadFineTunedPredictor(db: TDb, id: string): Promise<TPredict | null> {
  const cached = cache.get(id);
  if (cached) return cached;
  const loading = (async () => {
    const job = await db.localFineTuneJob.findUnique({ where: { id } });
    if (!job || job.status !== "succeeded") return null;
    return trainToEnd((await prepare(db, job)).training);
  })();
  void loading.then(
    (predict) => {
      if (predict === null) cache.delete(id);
    },
    () => cache.delete(id),
  );
  cache.set(id, loading);
  if (cache.size > MAX_CACHED) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return loading;
}
