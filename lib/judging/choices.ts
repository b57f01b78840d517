import type { TDb } from "@/lib/db/prisma";

export type TJudgingChoices = Awaited<ReturnType<typeof findJudgingChoices>>;

/** What the new-judging form offers: open-QA datasets, their runs, and every endpoint as a possible judge. */
export async function findJudgingChoices(db: TDb) {
  const [datasets, runs, endpoints] = await Promise.all([
    db.dataset.findMany({
      where: { task: "OPEN_QA" },
      orderBy: { createdAt: "desc" },
      select: { id: true, name: true, rowCount: true },
    }),
    db.run.findMany({
      where: { task: "OPEN_QA" },
      orderBy: { createdAt: "desc" },
      take: 500,
      select: {
        id: true,
        datasetId: true,
        status: true,
        total: true,
        createdAt: true,
        endpoint: { select: { id: true, name: true, model: true } },
      },
    }),
    db.modelEndpoint.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, model: true } }),
  ]);
  return {
    datasets,
    runs: runs.map((run) => ({ ...run, createdAt: run.createdAt.toISOString() })),
    endpoints,
  };
}
