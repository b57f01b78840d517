"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { formatCount, formatPercent } from "@/components/ui/format";
import { ANSWER_KINDS, type TAnswerKind, type TAnswerMixBar } from "@/lib/leaderboard/charts/answer-mix";
import { ChartLegend } from "./chart-card";
import {
  answerColors,
  barChartMargin,
  computeBarChartHeight,
  gridStroke,
  hoverCursor,
  runNameAxis,
  shareAxis,
} from "@/components/ui/chart-theme";
import { LinkedRect } from "./svg-link";

const names: Record<TAnswerKind, string> = {
  correct: "Correct",
  wrong: "Wrong label",
  invalid: "Invalid",
  error: "Error",
};

const actions: Record<TAnswerKind, string> = {
  correct: "Show the correct answers",
  wrong: "Show the wrong answers",
  invalid: "Show the invalid answers, grouped",
  error: "Show the errors",
};

function MixTooltip({ active, payload }: { active?: boolean; payload?: { payload?: TAnswerMixBar }[] }) {
  const bar = payload?.[0]?.payload;
  if (!active || !bar) return null;
  return (
    <div className="rounded-lg border border-slate-200 bg-white px-3 py-2 text-xs shadow-md">
      <p className="font-medium text-slate-900">{bar.label}</p>
      {ANSWER_KINDS.map((kind) => (
        <p key={kind} className="tabular-nums text-slate-600">
          {names[kind]}: {formatCount(bar.counts[kind])} ({formatPercent(bar[kind])})
        </p>
      ))}
      <p className="mt-1 text-slate-500">Click a segment for those samples</p>
    </div>
  );
}

/** Valid (correct, wrong label), invalid and error shares per run; each segment opens its samples. */
export function AnswerMixChart({ bars }: { bars: TAnswerMixBar[] }) {
  return (
    <div>
      <ChartLegend items={ANSWER_KINDS.map((kind) => ({ label: names[kind], color: answerColors[kind] }))} />
      <BarChart
        responsive
        layout="vertical"
        data={bars}
        style={{ width: "100%", height: computeBarChartHeight(bars.length, 40) }}
        margin={barChartMargin}
        barCategoryGap={10}
      >
        <CartesianGrid horizontal={false} stroke={gridStroke} />
        <XAxis {...shareAxis} tickFormatter={(value: number) => formatPercent(value, 0)} />
        <YAxis {...runNameAxis} />
        <Tooltip cursor={hoverCursor} content={<MixTooltip />} />
        {ANSWER_KINDS.map((kind) => (
          <Bar
            key={kind}
            dataKey={kind}
            name={names[kind]}
            stackId="answers"
            fill={answerColors[kind]}
            isAnimationActive={false}
            shape={(props) => {
              const bar = props.payload as TAnswerMixBar;
              return (
                <LinkedRect
                  {...props}
                  href={bar.hrefs[kind]}
                  label={`${names[kind]} for ${bar.label}: ${formatCount(bar.counts[kind])} of ${formatCount(bar.total)}. ${actions[kind]}`}
                />
              );
            }}
          />
        ))}
      </BarChart>
    </div>
  );
}
