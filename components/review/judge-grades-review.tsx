"use client";

import { useId, useState } from "react";
import { hint, input, label, select } from "@/components/ui/styles";
import type { TReviewer } from "@/lib/review/reviewers";
import { StartReviewButton } from "./start-review-button";

/**
 * "Review low grades": a queue of the judgements graded at or below n, which reviewers grade on a declared human
 * scale; their grades feed the judge's calibration (Spearman, exact and adjacent agreement, kappa) in the app.
 */
export function JudgeGradesReview({ judgingId, reviewers }: { judgingId: string; reviewers: TReviewer[] }) {
  const id = useId();
  const [maxGrade, setMaxGrade] = useState(5);
  const [scaleMin, setScaleMin] = useState(1);
  const [scaleMax, setScaleMax] = useState(5);
  return (
    <StartReviewButton
      label="Review grades by hand"
      reviewers={reviewers}
      body={() => ({ source: "judge-grades", judgingId, maxGrade, scaleMin, scaleMax })}
    >
      <div>
        <label htmlFor={`${id}-max`} className={label}>
          Judge grades at or below
        </label>
        <select
          id={`${id}-max`}
          className={`${select} mt-1 w-24`}
          value={maxGrade}
          onChange={(event) => setMaxGrade(Number(event.target.value))}
        >
          {Array.from({ length: 10 }, (_, i) => i + 1).map((grade) => (
            <option key={grade} value={grade}>
              {grade}
            </option>
          ))}
        </select>
        <p className={hint}>10 takes every judgement: a calibration sample.</p>
      </div>
      <fieldset>
        <legend className={label}>Human scale</legend>
        <div className="mt-1 flex items-center gap-2 text-sm text-slate-700">
          <label htmlFor={`${id}-min`} className="sr-only">
            Lowest human grade
          </label>
          <input
            id={`${id}-min`}
            type="number"
            min={0}
            max={99}
            className={`${input} w-20`}
            value={scaleMin}
            onChange={(event) => setScaleMin(Number(event.target.value))}
          />
          to
          <label htmlFor={`${id}-top`} className="sr-only">
            Highest human grade
          </label>
          <input
            id={`${id}-top`}
            type="number"
            min={1}
            max={100}
            className={`${input} w-20`}
            value={scaleMax}
            onChange={(event) => setScaleMax(Number(event.target.value))}
          />
        </div>
        <p className={hint}>Keys 1-9 give a grade in the queue.</p>
      </fieldset>
    </StartReviewButton>
  );
}
