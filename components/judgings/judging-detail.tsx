"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { card, cardTitle, textLink, warningBox } from "@/components/ui/styles";
import { formatCount } from "@/components/ui/format";
import { isActiveStatus } from "@/components/runs/format";
import { ProgressBar } from "@/components/runs/progress-bar";
import { RunStatusPill } from "@/components/runs/run-status-pill";
import { callApi } from "@/components/ui/call-api";
import { usePolling } from "@/components/ui/use-polling";
import { CalibrationSection } from "./calibration-section";
import { DatasetScores } from "./dataset-scores";
import { describeTarget } from "./format";
import { JudgementsTable } from "./judgements-table";
import { JudgingActions } from "./judging-actions";
import { JudgingMetricCards } from "./metric-cards";
import { GradeHistogram } from "./grade-histogram";
import { prepareGradeBars } from "./grade-histogram-data";
import type { TJudgingRow, TJudgingViewJson } from "./types";

const readJudging = (json: unknown) => json as TJudgingViewJson;
const isJudgingActive = (judging: TJudgingViewJson) => isActiveStatus(judging.status);

/** One judging: status and progress, grades with interval, histogram, comparison rows, then every judgement. */
export function JudgingDetail({
  initial,
  rows,
  reviewAction,
}: {
  initial: TJudgingViewJson;
  rows: TJudgingRow[];
  /** "Review grades by hand" (a review queue of low grades), for those who may review. */
  reviewAction?: ReactNode;
}) {
  const { value: judging, setValue } = usePolling(`/api/judgings/${initial.id}`, initial, {
    isActive: isJudgingActive,
    read: readJudging,
    intervalMs: 1_500,
  });
  const refresh = async () => {
    const result = await callApi<unknown>(`/api/judgings/${judging.id}`);
    if (result.ok) setValue(readJudging(result.data));
  };
  const waitingForRun = judging.status === "QUEUED" && judging.run && isActiveStatus(judging.run.status);

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-6">
        <div className="min-w-0">
          <p className="text-sm text-slate-500">
            <Link href="/judgings" className="hover:text-indigo-700 hover:underline">
              Judgings
            </Link>{" "}
            <span aria-hidden>/</span>
          </p>
          <div className="mt-1 flex flex-wrap items-center gap-3">
            <h1 className="text-2xl font-semibold tracking-tight">
              {describeTarget(judging.target, judging.label)}{" "}
              <span className="font-normal text-slate-500">judged by</span> {judging.judge.name}
            </h1>
            <RunStatusPill status={judging.status} />
          </div>
          <p className="mt-1 text-sm text-slate-600">
            {judging.dataset.name}
            <span className="mx-2 text-slate-300">·</span>
            {judging.referenceGuided ? "reference-guided rubric" : "single-answer rubric"}
            {judging.run ? (
              <>
                <span className="mx-2 text-slate-300">·</span>
                <Link href={`/runs/${judging.run.id}`} className={textLink}>
                  the run
                </Link>
              </>
            ) : null}
          </p>
        </div>
        <JudgingActions judging={judging} onChange={refresh} />
      </header>

      {judging.selfJudged ? (
        <p role="alert" className={warningBox}>
          <strong>Self-preference:</strong> the judge ({judging.judge.model}) is the model being judged. LLM judges tend
          to favour their own answers; prefer a different judge model for a fair score.
        </p>
      ) : null}
      {judging.status === "FAILED" ? (
        <div role="alert" className="rounded-xl border border-rose-200 bg-rose-50 px-5 py-4 text-sm text-rose-900">
          <p className="font-semibold">The judging stopped</p>
          <p className="mt-1 break-words">{judging.errorMessage}</p>
          <p className="mt-2 text-rose-800/80">
            Fix the judge endpoint, then resume: judgements already made are kept.
          </p>
        </div>
      ) : null}

      <section className={`${card} px-5 py-4`} aria-label="Progress">
        <div className="flex justify-between text-sm text-slate-600">
          <span>
            {waitingForRun
              ? "Waiting for the run to finish answering"
              : `${formatCount(judging.progress.done)} of ${formatCount(judging.progress.total)} answers judged`}
          </span>
          <span>{formatCount(judging.progress.errors)} errors</span>
        </div>
        <div className="mt-2">
          <ProgressBar
            done={judging.progress.done}
            total={judging.progress.total}
            errors={judging.progress.errors}
            label="Judging progress"
            size="lg"
          />
        </div>
      </section>

      <JudgingMetricCards judging={judging} />
      {judging.calibration ? <CalibrationSection calibration={judging.calibration} /> : null}

      <section className={`${card} px-5 py-4`} aria-labelledby="histogram-title">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="histogram-title" className={cardTitle}>
            Score distribution
          </h2>
          {reviewAction}
        </div>
        {judging.metrics.histogram.some((bin) => bin.count > 0) ? (
          <figure aria-label="Score distribution">
            <GradeHistogram bars={prepareGradeBars(judging.metrics.histogram)} height={220} counts />
            <figcaption className="mt-1 text-center text-xs text-slate-600">Grade given by the judge (1–10)</figcaption>
          </figure>
        ) : (
          <p className="py-10 text-center text-sm text-slate-600">No grades yet.</p>
        )}
      </section>

      <DatasetScores
        datasetId={judging.dataset.id}
        initialRows={rows}
        version={judging.progress.done}
        currentId={judging.id}
        title="Scores on this dataset"
      />

      <JudgementsTable judgingId={judging.id} version={judging.progress.done} />

      <details className={`${card} px-5 py-4`}>
        <summary className="cursor-pointer text-sm font-medium text-slate-700">Rubric sent to the judge</summary>
        <pre className="mt-3 whitespace-pre-wrap break-words text-xs text-slate-700">{judging.rubric}</pre>
      </details>
    </div>
  );
}
