import { getProducer } from "@/lib/queue/producer";
import type { TRunEngineDeps } from "@/lib/runs/engine-types";
import type { TJudgingEngineDeps } from "./engine-types";
import { createJudgingQueue } from "./queue";

const built = new WeakMap<TRunEngineDeps, TJudgingEngineDeps>();

/**
 * Production wiring: the run engine's model caller (same limiter per endpoint, same response cache, same retries)
 * and endpoint loader, with the judging queue. One per run engine, so a workers process shares one of each.
 */
export function createJudgingEngineDeps(runEngine: TRunEngineDeps): TJudgingEngineDeps {
  const existing = built.get(runEngine);
  if (existing) return existing;
  const deps: TJudgingEngineDeps = {
    db: runEngine.db,
    pool: runEngine.pool,
    queue: createJudgingQueue(getProducer()),
    callModel: runEngine.callModel,
    loadEndpoint: runEngine.loadEndpoint,
  };
  built.set(runEngine, deps);
  return deps;
}
