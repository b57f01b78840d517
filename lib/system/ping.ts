import type { TPrisma } from "@/lib/db/prisma";

export type TPingDeps = { db: TPrisma; wait: (ms: number) => Promise<void> };

/**
 * The workers' end-to-end self-check: a job delivered through Redis writes a row to Postgres. Upsert makes a
 * redelivered job (after a crash) harmless.
 */
export async function recordPing(
  deps: TPingDeps,
  input: { pingId: string; workerId: string; holdMs?: number },
): Promise<void> {
  if (input.holdMs) await deps.wait(input.holdMs);
  await deps.db.workerPing.upsert({
    where: { id: input.pingId },
    create: { id: input.pingId, workerId: input.workerId },
    update: {},
  });
}
