"use client";

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { axisStroke, gridStroke, splitColors, tick } from "@/components/ui/chart-theme";
import type { TLossPoint } from "@/lib/finetune/loss-chart-data";

/** Training and validation loss by step, as prepareLossChart prepared them (a missing value is a gap). */
export function LossChart({ points }: { points: TLossPoint[] }) {
  const hasValidation = points.some((point) => point.valid !== null);
  return (
    <LineChart
      responsive
      data={points}
      style={{ width: "100%", height: 280 }}
      margin={{ top: 8, right: 16, bottom: 0, left: -8 }}
    >
      <CartesianGrid vertical={false} stroke={gridStroke} />
      <XAxis
        dataKey="step"
        tick={tick}
        tickLine={false}
        stroke={axisStroke}
        label={{ value: "Step", position: "insideBottomRight", offset: -2, fill: tick.fill, fontSize: 12 }}
      />
      <YAxis
        tick={tick}
        tickLine={false}
        axisLine={false}
        width={52}
        tickFormatter={(value: number) => value.toFixed(2)}
      />
      <Tooltip
        formatter={(value) => (typeof value === "number" ? value.toFixed(4) : String(value))}
        labelFormatter={(step) => `Step ${String(step)}`}
      />
      <Legend />
      <Line
        type="monotone"
        dataKey="train"
        name="Training loss"
        stroke={splitColors.test}
        strokeWidth={2}
        dot={false}
        connectNulls={false}
        isAnimationActive={false}
      />
      {hasValidation ? (
        <Line
          type="monotone"
          dataKey="valid"
          name="Validation loss"
          stroke={splitColors.train}
          strokeWidth={2}
          strokeDasharray="5 3"
          dot={false}
          connectNulls={false}
          isAnimationActive={false}
        />
      ) : null}
    </LineChart>
  );
}
