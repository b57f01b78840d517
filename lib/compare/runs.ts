import { ApiError } from "@/lib/api/errors";
import type { TDb } from "@/lib/db/prisma";
import { classifierRunName, isClassifierRun } from "@/lib/embedding-classifier/naming";

export type TComparedRun = {
  id: string;
  status: string;
  shots: number;
  total: number;
  endpoint: { id: string; name: string; model: string };
};

export type TComparedDataset = { id: string; name: string; task: "CLASSIFICATION" | "OPEN_QA" };

export type TComparedPair = {
  dataset: TComparedDataset;
  a: TComparedRun;
  b: TComparedRun;
};

/** Run A against run B, or against the dataset's reference answers (`b` null). */
export type TComparedSides = { dataset: TComparedDataset; a: TComparedRun; b: TComparedRun | null };

const select = {
  id: true,
  status: true,
  shots: true,
  total: true,
  task: true,
  dataset: { select: { id: true, name: true, task: true } },
  endpoint: { select: { id: true, name: true, model: true } },
  method: true,
} as const;

/**
 * Both runs, checked to be comparable: a paired test needs the same dataset (and so the same task). `bId` null =
 * the reference answers of run A's dataset.
 */
export async function findComparedSides(db: TDb, aId: string, bId: string | null): Promise<TComparedSides> {
  if (bId === null) {
    const a = await db.run.findUnique({ where: { id: aId }, select });
    if (!a) throw new ApiError(404, "run_not_found", `Run ${aId} does not exist.`);
    return { dataset: a.dataset, a: stripRun(a), b: null };
  }
  const runs = await db.run.findMany({ where: { id: { in: [aId, bId] } }, select });
  const a = runs.find((run) => run.id === aId);
  const b = runs.find((run) => run.id === bId);
  const missing = !a ? aId : !b ? bId : null;
  if (!a || !b) throw new ApiError(404, "run_not_found", `Run ${missing} does not exist.`);
  if (a.dataset.id !== b.dataset.id) {
    throw new ApiError(
      422,
      "runs_not_comparable",
      `Runs ${aId} and ${bId} evaluate different datasets (${a.dataset.name}, ${b.dataset.name}); a paired comparison needs the same samples.`,
    );
  }
  return { dataset: a.dataset, a: stripRun(a), b: stripRun(b) };
}

// An embedding-classifier run is named "<endpoint> + logistic regression" wherever the comparison names its side.
function stripRun({ id, status, shots, total, endpoint, method }: TComparedRun & { method: string }): TComparedRun {
  return { id, status, shots, total, endpoint: nameRunEndpoint(endpoint, method) };
}

function nameRunEndpoint<T extends { name: string }>(endpoint: T, method: string): T {
  return isClassifierRun({ method }) ? { ...endpoint, name: classifierRunName(endpoint.name) } : endpoint;
}

/** Runs of the dataset, newest first, for the pickers on the comparison page (always with the pair shown). */
export async function findComparableRuns(db: TDb, datasetId: string, shown: string[] = []) {
  return db.run
    .findMany({
      where: { datasetId, OR: [{ status: { in: ["COMPLETED", "RUNNING"] } }, { id: { in: shown } }] },
      orderBy: { createdAt: "desc" },
      take: 100,
      select: { id: true, status: true, shots: true, method: true, endpoint: { select: { name: true } } },
    })
    .then((runs) => runs.map((run) => ({ ...run, endpoint: nameRunEndpoint(run.endpoint, run.method) })));
}
