import type { TEndpointForCall } from "@/lib/runs/engine-types";
import type { TJudgingEngineDeps } from "./engine-types";
import type { TJudgingTarget } from "./targets";

export type TJudgingContext = { judging: TJudgingTarget & { rubric: string }; endpoint: TEndpointForCall };

const CONTEXT_TTL_MS = 30_000;
const STATUS_TTL_MS = 1_000;
const contexts = new Map<string, { expires: number; value: Promise<TJudgingContext> }>();
const statuses = new Map<string, { expires: number; value: Promise<string | null> }>();

/**
 * A running judging's settings never change (total is fixed when it starts); keep them with the decrypted judge
 * endpoint for a short while, as the run engine does.
 */
export function loadJudgingContext(deps: TJudgingEngineDeps, judgingId: string): Promise<TJudgingContext> {
  const now = Date.now();
  const cached = contexts.get(judgingId);
  if (cached && cached.expires > now) return cached.value;
  const value = readJudgingContext(deps, judgingId);
  contexts.set(judgingId, { expires: now + CONTEXT_TTL_MS, value });
  value.catch(() => contexts.delete(judgingId));
  return value;
}

/** The status, read at most once a second per process: chunks stop soon after a cancel or a failure. */
export function readJudgingStatus(
  deps: Pick<TJudgingEngineDeps, "db">,
  judgingId: string,
  fresh = false,
): Promise<string | null> {
  const now = Date.now();
  const cached = statuses.get(judgingId);
  if (!fresh && cached && cached.expires > now) return cached.value;
  const value = deps.db.judging
    .findUnique({ where: { id: judgingId }, select: { status: true } })
    .then((judging) => judging?.status ?? null);
  statuses.set(judgingId, { expires: now + STATUS_TTL_MS, value });
  value.catch(() => statuses.delete(judgingId));
  return value;
}

async function readJudgingContext(deps: TJudgingEngineDeps, judgingId: string): Promise<TJudgingContext> {
  const judging = await deps.db.judging.findUniqueOrThrow({ where: { id: judgingId } });
  const endpoint = await deps.loadEndpoint(judging.judgeEndpointId);
  const { id, datasetId, runId, split, total, lastIndex, rubric } = judging;
  return { judging: { id, datasetId, runId, split, total, lastIndex, rubric }, endpoint };
}
