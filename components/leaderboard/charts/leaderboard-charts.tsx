import type { TLeaderboardCharts } from "@/lib/leaderboard/charts";
import { AccuracyChart } from "./accuracy-chart";
import { AnswerMixChart } from "./answer-mix-chart";
import { ChartCard } from "./chart-card";
import { CostScatterChart } from "./cost-scatter-chart";
import { LatencyChart } from "./latency-chart";

const joinNames = (names: string[]) => names.join(", ");

/** The classification board's charts, drawn from data prepared on the server (lib/leaderboard/charts). */
export function LeaderboardCharts({ charts }: { charts: TLeaderboardCharts }) {
  return (
    <section aria-label="Charts" className="mt-8 grid gap-4 lg:grid-cols-2">
      <ChartCard
        title="Accuracy"
        description="Correct / answered and correct / valid, with 95% Wilson intervals. Click a bar for the correct answers."
      >
        <AccuracyChart bars={charts.accuracy} />
      </ChartCard>
      <ChartCard title="Answers" description="Share of each run's outputs. Click a segment for those samples.">
        <AnswerMixChart bars={charts.answerMix} />
      </ChartCard>
      <ChartCard
        title="Cost versus accuracy"
        description="List price per 1,000 samples. The dashed line joins the runs no other run beats on both."
        note={
          charts.cost.unpriced.length > 0
            ? `Not drawn (no price, so no cost): ${joinNames(charts.cost.unpriced)}.`
            : undefined
        }
      >
        <CostScatterChart scatter={charts.cost} />
      </ChartCard>
      <ChartCard
        title="Latency"
        description="Percentiles of live calls (cached answers and errors left out)."
        note={
          charts.latency.untimed.length > 0
            ? `Not drawn (no live call timed): ${joinNames(charts.latency.untimed)}.`
            : undefined
        }
      >
        <LatencyChart bars={charts.latency.bars} />
      </ChartCard>
    </section>
  );
}
