import type { TDb } from "@/lib/db/prisma";
import { winRateInterval, getPairResults } from "./results";
import { loadContestants } from "./view";

/**
 * /compare's pairwise block: the latest pairwise judging in which `a` and `b` (a run id, or "dataset" for the
 * reference answers) met, with their record from a's side. Null when no pairwise judging compared them.
 */
export async function findPairwiseVerdicts(db: TDb, a: string, b: string) {
  const sides = [a, b];
  const runIds = sides.filter((side) => side !== "dataset");
  const candidates = await db.pairwiseJudging.findMany({
    where: { runIds: { hasEvery: runIds }, ...(sides.includes("dataset") ? { includeReference: true } : {}) },
    orderBy: { createdAt: "desc" },
    take: 20,
  });
  const indexOf = (judging: { runIds: string[] }, side: string) =>
    side === "dataset" ? judging.runIds.length : judging.runIds.indexOf(side);
  for (const judging of candidates) {
    const pairs = judging.pairs as [number, number][];
    const ia = indexOf(judging, a);
    const ib = indexOf(judging, b);
    const pairIndex = pairs.findIndex(([x, y]) => (x === ia && y === ib) || (x === ib && y === ia));
    if (pairIndex < 0) continue;
    const [result] = (await getPairResults(db, judging.id)).filter((entry) => entry.pairIndex === pairIndex);
    const contestants = await loadContestants(db, judging);
    const aFirst = pairs[pairIndex]![0] === ia;
    const wins = result ? (aFirst ? result.wins : result.losses) : 0;
    const losses = result ? (aFirst ? result.losses : result.wins) : 0;
    const ties = result?.ties ?? 0;
    return {
      id: judging.id,
      status: judging.status,
      judges: judging.judgeEndpointIds.length,
      names: { a: contestants[ia]!.label, b: contestants[ib]!.label },
      wins,
      ties,
      losses,
      flipped: result?.flipped ?? 0,
      failed: result?.failed ?? 0,
      winRate: winRateInterval(wins, ties, losses),
      pValue: result?.pValue ?? 1,
      significant: result?.significant ?? false,
    };
  }
  return null;
}

export type TPairwiseVerdicts = NonNullable<Awaited<ReturnType<typeof findPairwiseVerdicts>>>;
