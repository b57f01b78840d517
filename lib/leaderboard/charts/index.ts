import type { TDb } from "@/lib/db/prisma";
import { findLatencyPercentiles } from "../latency";
import type { TLeaderboardRow } from "../types";
import { prepareAccuracyBars, type TAccuracyBar } from "./accuracy-bars";
import { prepareAnswerMix, type TAnswerMixBar } from "./answer-mix";
import { prepareCostScatter, type TCostScatter } from "./cost-accuracy";
import { prepareLatencyBars, type TLatencyChart } from "./latency-bars";

export type TLeaderboardCharts = {
  accuracy: TAccuracyBar[];
  answerMix: TAnswerMixBar[];
  cost: TCostScatter;
  latency: TLatencyChart;
};

/** Everything the classification charts draw, prepared on the server from the leaderboard rows. */
export async function getLeaderboardCharts(db: TDb, rows: readonly TLeaderboardRow[]): Promise<TLeaderboardCharts> {
  const latency = await findLatencyPercentiles(
    db,
    rows.map((row) => row.runId),
  );
  return {
    accuracy: prepareAccuracyBars(rows),
    answerMix: prepareAnswerMix(rows),
    cost: prepareCostScatter(rows),
    latency: prepareLatencyBars(rows, latency),
  };
}
