"use client";

import { useState } from "react";
import { Field } from "@/components/endpoints/field";
import { formatCount } from "@/components/ui/format";
import { planAccuracyComparison } from "@/lib/runs/power-plan";
import type { TDatasetOption } from "./run-form-state";

const DEFAULT_ACCURACY = 0.7;
const DEFAULT_TARGET_POINTS = "3";

function readPercent(value: string, fallback: number): number {
  const parsed = Number(value);
  return value.trim() !== "" && Number.isFinite(parsed) && parsed > 0 && parsed < 100 ? parsed / 100 : fallback;
}

/**
 * What a comparison on this many samples can tell apart, before anything is paid for: the detectable accuracy gap
 * (80% power, α = 0.05, paired McNemar) and the samples a chosen gap would need.
 */
export function PowerPlanner({ dataset, samples }: { dataset: TDatasetOption; samples: number }) {
  const best = dataset.bestAccuracy ?? null;
  const [accuracy, setAccuracy] = useState("");
  const [target, setTarget] = useState(DEFAULT_TARGET_POINTS);
  if (dataset.task !== "CLASSIFICATION") {
    return (
      <p className="text-sm text-slate-600">
        Judge notes are compared with a Wilcoxon test whose power depends on how much the paired notes vary; the
        leaderboard shows the gap each comparison could detect once two runs are judged.
      </p>
    );
  }
  const plan = planAccuracyComparison({
    samples,
    accuracy: readPercent(accuracy, best ?? DEFAULT_ACCURACY),
    target: readPercent(target, 0.03),
  });
  const points = (value: number) => `${(value * 100).toFixed(1)} points`;
  return (
    <div className="space-y-4" data-testid="power-planner">
      <div className="grid gap-5 sm:grid-cols-2">
        <Field
          label="Expected accuracy"
          type="number"
          min={1}
          max={99}
          step={1}
          suffix="%"
          value={accuracy}
          placeholder={String(Math.round((best ?? DEFAULT_ACCURACY) * 100))}
          onValueChange={setAccuracy}
          hint={best === null ? "No completed run yet: 70% until you say." : "Defaults to the best run so far."}
        />
        <Field
          label="Gap to detect"
          type="number"
          min={0.5}
          max={50}
          step={0.5}
          suffix="points"
          value={target}
          onValueChange={setTarget}
        />
      </div>
      <div role="status" className="rounded-lg border border-slate-200 bg-slate-50 px-4 py-3 text-sm text-slate-800">
        <p>
          {plan.detectable === null
            ? `${formatCount(samples)} samples are too few to detect any gap between two such runs.`
            : `With ${formatCount(samples)} samples, a comparison with a run of about ${Math.round(plan.accuracy * 100)}% can detect a gap of ≥ ${points(plan.detectable)}.`}
        </p>
        <p className="mt-1">
          {plan.needed === null
            ? `Two runs near ${Math.round(plan.accuracy * 100)}% cannot differ by ${points(plan.target)}.`
            : `To detect ${points(plan.target)} you need about ${formatCount(plan.needed)} samples; this split has ${formatCount(samples)}.`}
        </p>
      </div>
      <p className="text-xs text-slate-500">
        80% power, two-sided α = 0.05, paired McNemar test (Connor 1987). Assumes the two runs disagree on{" "}
        {(plan.discordance * 100).toFixed(0)}% of samples, as they would with independent errors; similar models
        disagree less and so can tell smaller gaps apart.
      </p>
    </div>
  );
}
