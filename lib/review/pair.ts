import type { TDb } from "@/lib/db/prisma";
import { loadContestants } from "@/lib/pairwise/view";

export type TPairAnswers = {
  first: { name: string; text: string | null };
  second: { name: string; text: string | null };
};

type TQueue = { source: string; runId: string | null; secondRunId: string | null; filter: unknown };

async function runName(db: TDb, runId: string): Promise<string> {
  const run = await db.run.findUnique({ where: { id: runId }, select: { endpoint: { select: { name: true } } } });
  return run?.endpoint.name ?? runId.slice(0, 8);
}

async function answerOf(db: TDb, runId: string | null, sample: { id: number; expected: string }) {
  if (runId === null) return sample.expected;
  const output = await db.output.findUnique({
    where: { runId_sampleId: { runId, sampleId: sample.id } },
    select: { rawText: true },
  });
  return output?.rawText ?? null;
}

/**
 * The two answers a reviewer compares, A then B: the two runs of a disagreement queue, or the pair of a flipped
 * pairwise verdict (the reference answer when the pair's contestant is the dataset). Null for other queues.
 */
export async function loadPairAnswers(
  db: TDb,
  queue: TQueue,
  sample: { id: number; expected: string },
): Promise<TPairAnswers | null> {
  if (queue.source === "pairwise-flips") {
    const filter = queue.filter as { pairwiseJudgingId: string; pairIndex: number };
    const judging = await db.pairwiseJudging.findUnique({ where: { id: filter.pairwiseJudgingId } });
    const pair = judging ? (judging.pairs as [number, number][])[filter.pairIndex] : undefined;
    if (!judging || !pair) return null;
    const contestants = await loadContestants(db, judging);
    const side = async (index: number) => ({
      name: contestants[index]?.label ?? `contestant ${index + 1}`,
      text: await answerOf(db, contestants[index]?.runId ?? null, sample),
    });
    return { first: await side(pair[0]), second: await side(pair[1]) };
  }
  if (queue.source === "runs-disagree" && queue.runId && queue.secondRunId) {
    const [first, second] = [queue.runId, queue.secondRunId];
    return {
      first: { name: await runName(db, first), text: await answerOf(db, first, sample) },
      second: { name: await runName(db, second), text: await answerOf(db, second, sample) },
    };
  }
  return null;
}
