import { Prisma } from "@/lib/db/generated/client";
import type { TDb } from "@/lib/db/prisma";
import type { TJobKindTables } from "./kind";

/** The tables a kind names, as SQL identifiers (constants from the kind's definition, never user input). */
export function jobTables(kind: TJobKindTables) {
  return {
    // By default the Prisma model named after the kind: "run" → "Run".
    jobs: Prisma.raw(`"${kind.table ?? kind.name.charAt(0).toUpperCase() + kind.name.slice(1)}"`),
    rows: Prisma.raw(`"${kind.insert.table}"`),
    jobColumn: Prisma.raw(`"${kind.insert.conflict[0]}"`),
  };
}

/**
 * QUEUED → RUNNING, once (a conditional UPDATE): `startedAt` from the database clock, which the progress rate is
 * measured against; `total` when the kind fixes it only now (a judging of a run: the run's answered outputs).
 */
export async function markJobStarted(db: TDb, kind: TJobKindTables, id: string, total?: number): Promise<boolean> {
  const { jobs } = jobTables(kind);
  const updated = await db.$executeRaw`
    UPDATE ${jobs} SET status = 'RUNNING', "startedAt" = now(), total = coalesce(${total ?? null}::int, total)
    WHERE id = ${id}::uuid AND status = 'QUEUED'`;
  return updated > 0;
}

/** The job's status, or null when it does not exist. */
export async function readJobStatus(db: TDb, kind: TJobKindTables, id: string): Promise<string | null> {
  const { jobs } = jobTables(kind);
  const rows = await db.$queryRaw<
    { status: string }[]
  >`SELECT status::text AS status FROM ${jobs} WHERE id = ${id}::uuid`;
  return rows[0]?.status ?? null;
}

/** The job's status and generation, read together (a chunk of an older generation must not run), or null. */
export async function readJobState(
  db: TDb,
  kind: TJobKindTables,
  id: string,
): Promise<{ status: string; generation: number } | null> {
  const { jobs } = jobTables(kind);
  const rows = await db.$queryRaw<{ status: string; generation: number }[]>`
    SELECT status::text AS status, generation FROM ${jobs} WHERE id = ${id}::uuid`;
  return rows[0] ?? null;
}
