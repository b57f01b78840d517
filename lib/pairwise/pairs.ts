/** Who plays whom: every pair of contestants (i < j), or each contestant against one baseline (baseline first). */
export type TSchedule = { schedule: "all" } | { schedule: "baseline"; baselineIndex: number };

export function buildPairs(contestants: number, schedule: TSchedule): [number, number][] {
  const pairs: [number, number][] = [];
  if (schedule.schedule === "baseline") {
    for (let i = 0; i < contestants; i++) if (i !== schedule.baselineIndex) pairs.push([i, schedule.baselineIndex]);
    return pairs;
  }
  for (let i = 0; i < contestants; i++) for (let j = i + 1; j < contestants; j++) pairs.push([i, j]);
  return pairs;
}
