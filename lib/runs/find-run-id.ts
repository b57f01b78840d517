import type { TDb } from "@/lib/db/prisma";

/** The run's id when it exists: the cheapest check, for the run pages' layout. */
export async function findRunId(db: TDb, runId: string): Promise<string | null> {
  const run = await db.run.findUnique({ where: { id: runId }, select: { id: true } });
  return run?.id ?? null;
}
