import { ApiError } from "@/lib/api/errors";
import type { TDb } from "@/lib/db/prisma";

const runSelect = {
  id: true,
  status: true,
  split: true,
  task: true,
  datasetId: true,
  dataset: { select: { id: true, name: true, labels: true } },
  endpoint: { select: { name: true, model: true } },
} as const;

async function findGateRun(db: TDb, id: string, role: "baseline" | "candidate") {
  const run = await db.run.findUnique({ where: { id }, select: runSelect });
  if (!run) throw new ApiError(404, "not_found", `The ${role} run ${id} does not exist.`);
  if (run.status !== "COMPLETED") {
    throw new ApiError(
      422,
      "run_not_completed",
      `The ${role} run ${id} is ${run.status}: only completed runs are gated.`,
    );
  }
  return run;
}

/**
 * The two runs of a gate, refused (422) unless they can be paired: same dataset, same split, both completed. Runs of
 * different datasets or splits share no sample, so any verdict would compare different questions.
 */
export async function findGateRuns(db: TDb, ids: { baseline: string; candidate: string }) {
  if (ids.baseline === ids.candidate) {
    throw new ApiError(422, "same_run", "The baseline and the candidate are the same run.");
  }
  const baseline = await findGateRun(db, ids.baseline, "baseline");
  const candidate = await findGateRun(db, ids.candidate, "candidate");
  if (baseline.datasetId !== candidate.datasetId) {
    throw new ApiError(
      422,
      "different_datasets",
      `The runs evaluate different datasets ("${baseline.dataset.name}" and "${candidate.dataset.name}").`,
    );
  }
  if (baseline.split !== candidate.split) {
    throw new ApiError(
      422,
      "different_splits",
      `The runs evaluate different splits (${baseline.split} and ${candidate.split}) of "${baseline.dataset.name}".`,
    );
  }
  return { baseline, candidate };
}

export type TGateRuns = Awaited<ReturnType<typeof findGateRuns>>;
