import { Prisma } from "@/lib/db/generated/client";
import type { TDb } from "@/lib/db/prisma";
import { getJobRowStats, type TJobRowStats } from "@/lib/jobs/stats";
import { computeMetricsFromConfusion, confusionFromCells, type TClassificationMetrics } from "@/lib/metrics";
import { runKind } from "./kind";
import { findRunFigures } from "./summary";

export type TRunStats = TJobRowStats & { invalid: number };

/** Progress and totals of one run (lib/jobs/stats.ts), with its invalid answers. */
export function getRunStats(db: TDb, runId: string): Promise<TRunStats> {
  return getJobRowStats<{ invalid: number }>(
    db,
    runKind,
    runId,
    Prisma.sql`, count(*) FILTER (WHERE valid = false)::int AS invalid`,
  );
}

/**
 * Classification metrics from confusion counts: a completed run's stored summary, or a live GROUP BY over the
 * outputs of a run in progress (lib/runs/summary.ts; both give the same counts).
 */
export async function getClassificationMetrics(
  db: TDb,
  run: { id: string; labels: readonly string[] },
  options: { bootstrapSamples?: number } = {},
): Promise<TClassificationMetrics> {
  const figures = (await findRunFigures(db, [run.id])).get(run.id);
  const confusion = confusionFromCells(
    run.labels,
    (figures?.cells ?? []).map((cell) => ({
      ...cell,
      predicted: cell.predicted !== null && run.labels.includes(cell.predicted) ? cell.predicted : null,
    })),
  );
  return computeMetricsFromConfusion(confusion, figures?.errors ?? 0, { samples: options.bootstrapSamples ?? 1000 });
}
