import { z } from "zod";
import type { TDb } from "@/lib/db/prisma";
import { buildIndexBits, type TSampleBits } from "./summary-bits";
import { aggregateRunOutputs, type TRunAggregate } from "./summary-sql";

export type TRunFigures = TRunAggregate & {
  /** Per-sample bitsets: only from a stored summary (finished runs); null for a run aggregated live. */
  bits: TSampleBits | null;
  /** Whether the figures come from (or were just stored as) the run's summary rather than a live aggregate. */
  fromSummary: boolean;
};

const ZCells = z.array(z.object({ expected: z.string(), predicted: z.string().nullable(), count: z.number().int() }));

type TRunState = { id: string; status: string; generation: number; total: number };

/** A summary is trusted only for a completed run at the generation it was computed at, covering the whole run. */
function isCurrent(run: TRunState, summary: { generation: number; outputs: number }): boolean {
  return run.status === "COMPLETED" && summary.generation === run.generation && summary.outputs >= run.total;
}

/**
 * Aggregates a run and stores the result as its RunSummary (replacing any older one). Called when a run completes,
 * and by readers for a completed run without a current summary (runs finished before summaries existed).
 * Returns the figures; they are stored only if they describe the completed run as it stands.
 */
export async function storeRunSummary(db: TDb, runId: string): Promise<TRunFigures | null> {
  const [[aggregate], run] = await Promise.all([
    aggregateRunOutputs(db, [runId], [runId]),
    db.run.findUnique({ where: { id: runId }, select: { id: true, status: true, generation: true, total: true } }),
  ]);
  if (!aggregate || !run) return null;
  const { indexes, latency, runId: _, ...counts } = aggregate;
  const bits = { present: buildIndexBits(indexes?.present ?? []), correct: buildIndexBits(indexes?.correct ?? []) };
  // The aggregate carries the generation of its own snapshot; the run is read alongside so figures that cannot be
  // current (a run short of outputs, one resumed meanwhile) are returned but not stored.
  if (!isCurrent(run, aggregate)) {
    return { ...aggregate, bits: null, fromSummary: false };
  }
  const data = {
    ...counts,
    latencyCalls: latency.calls,
    latencyP50: latency.p50,
    latencyP90: latency.p90,
    latencyP95: latency.p95,
    latencyP99: latency.p99,
    presentBits: bits.present,
    correctBits: bits.correct,
  };
  await db.runSummary.upsert({ where: { runId }, create: { runId, ...data }, update: data });
  return { ...aggregate, bits, fromSummary: true };
}

/** Drops a run's summary: its outputs are about to change (re-run of failed samples, resume). */
export async function deleteRunSummary(db: TDb, runId: string): Promise<void> {
  await db.runSummary.deleteMany({ where: { runId } });
}

/**
 * Figures of many runs: from their stored summary when it is current, otherwise aggregated live in one query (runs
 * in progress), storing a summary for completed runs that lack one. Every path gives the same numbers: a summary is
 * the live aggregate, stored.
 */
export async function findRunFigures(
  db: TDb,
  runIds: readonly string[],
  options: { bits?: boolean } = {},
): Promise<Map<string, TRunFigures>> {
  const runs = await db.run.findMany({
    where: { id: { in: [...runIds] } },
    select: {
      id: true,
      status: true,
      generation: true,
      total: true,
      summary: { omit: options.bits ? {} : { presentBits: true, correctBits: true } },
    },
  });
  const figures = new Map<string, TRunFigures>();
  const live: string[] = [];
  for (const run of runs) {
    const summary = run.summary;
    if (summary && isCurrent(run, summary)) {
      figures.set(run.id, {
        runId: run.id,
        generation: summary.generation,
        outputs: summary.outputs,
        answered: summary.answered,
        errors: summary.errors,
        cells: ZCells.parse(summary.cells),
        tokenedAnswers: summary.tokenedAnswers,
        promptTokens: summary.promptTokens,
        completionTokens: summary.completionTokens,
        cost: summary.cost,
        latency: {
          calls: summary.latencyCalls,
          p50: summary.latencyP50,
          p90: summary.latencyP90,
          p95: summary.latencyP95,
          p99: summary.latencyP99,
        },
        bits:
          summary.presentBits && summary.correctBits
            ? { present: summary.presentBits, correct: summary.correctBits }
            : null,
        fromSummary: true,
      });
    } else if (run.status === "COMPLETED") {
      const stored = await storeRunSummary(db, run.id);
      if (stored) figures.set(run.id, options.bits ? stored : { ...stored, bits: null });
    } else {
      live.push(run.id);
    }
  }
  for (const { indexes: _, ...aggregate } of await aggregateRunOutputs(db, live)) {
    figures.set(aggregate.runId, { ...aggregate, bits: null, fromSummary: false });
  }
  return figures;
}
