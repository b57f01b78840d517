import type { TRunEngineDeps, TEndpointForCall } from "./engine-types";
import type { TShot } from "./prompt";
import { drawShots } from "./sample-set";

export type TRunContext = {
  run: {
    id: string;
    datasetId: string;
    task: "CLASSIFICATION" | "OPEN_QA";
    split: "TRAIN" | "TEST";
    promptTemplate: string;
    temperature: number;
    maxTokens: number;
    seed: number;
    total: number;
    lastIndex: number;
  };
  labels: string[];
  shots: TShot[];
  endpoint: TEndpointForCall;
};

const CONTEXT_TTL_MS = 30_000;
const STATUS_TTL_MS = 1_000;
const contexts = new Map<string, { expires: number; value: Promise<TRunContext> }>();
const statuses = new Map<string, { expires: number; value: Promise<string | null> }>();

/** A run's settings never change after creation; keep them (with the decrypted endpoint) for a short while. */
export function loadRunContext(deps: TRunEngineDeps, runId: string): Promise<TRunContext> {
  const now = Date.now();
  const cached = contexts.get(runId);
  if (cached && cached.expires > now) return cached.value;
  const value = readRunContext(deps, runId);
  contexts.set(runId, { expires: now + CONTEXT_TTL_MS, value });
  value.catch(() => contexts.delete(runId));
  return value;
}

/** The run's status, read at most once a second per process: chunks stop soon after a cancel or a failure. */
export function readRunStatus(deps: Pick<TRunEngineDeps, "db">, runId: string, fresh = false): Promise<string | null> {
  const now = Date.now();
  const cached = statuses.get(runId);
  if (!fresh && cached && cached.expires > now) return cached.value;
  const value = deps.db.run
    .findUnique({ where: { id: runId }, select: { status: true } })
    .then((run) => run?.status ?? null);
  statuses.set(runId, { expires: now + STATUS_TTL_MS, value });
  value.catch(() => statuses.delete(runId));
  return value;
}

async function readRunContext(deps: TRunEngineDeps, runId: string): Promise<TRunContext> {
  const run = await deps.db.run.findUniqueOrThrow({
    where: { id: runId },
    include: { dataset: { select: { labels: true } } },
  });
  const [endpoint, shots] = await Promise.all([
    deps.loadEndpoint(run.endpointId),
    drawShots(deps.db, { datasetId: run.datasetId, shots: run.shots, seed: run.seed }),
  ]);
  return {
    run: {
      id: run.id,
      datasetId: run.datasetId,
      task: run.task,
      split: run.split,
      promptTemplate: run.promptTemplate,
      temperature: run.temperature,
      maxTokens: run.maxTokens,
      seed: run.seed,
      total: run.total,
      lastIndex: run.lastIndex,
    },
    labels: run.dataset.labels,
    shots,
    endpoint,
  };
}
