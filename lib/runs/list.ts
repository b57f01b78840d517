import type { TDb } from "@/lib/db/prisma";
import { JOB_LIST_COLUMNS, newestJobsFirst } from "@/lib/jobs/list";

export type TRunListItem = Awaited<ReturnType<typeof listRuns>>[number];

/** Runs, newest first, with their progress counted in one grouped query over the outputs. */
export async function listRuns(db: TDb, filter: { datasetId?: string | null; limit?: number } = {}) {
  const runs = await db.run.findMany({
    where: filter.datasetId ? { datasetId: filter.datasetId } : {},
    ...newestJobsFirst(filter.limit),
    select: {
      ...JOB_LIST_COLUMNS,
      task: true,
      shots: true,
      split: true,
      method: true,
      finishedAt: true,
      dataset: { select: { id: true, name: true } },
      endpoint: { select: { id: true, name: true, model: true, tags: true } },
    },
  });
  if (runs.length === 0) return [];
  const counts = await db.output.groupBy({
    by: ["runId"],
    where: { runId: { in: runs.map((run) => run.id) } },
    _count: { _all: true },
  });
  const done = new Map(counts.map((count) => [count.runId, count._count._all]));
  return runs.map((run) => ({ ...run, done: done.get(run.id) ?? 0 }));
}
