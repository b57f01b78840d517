"use client";

import { ModelId } from "@/components/ui/model-id";
import Link from "next/link";
import { RunJudgings } from "@/components/judgings/run-judgings";
import { RunVersions } from "@/components/review/run-versions";
import { CalibrationSection } from "./calibration-section";
import { ClassificationResults } from "./classification-results";
import { formatAnswerMode } from "./answer-mode-format";
import { formatShots, isActiveStatus } from "./format";
import { LiveProgress } from "./live-progress";
import { RunActions } from "./run-actions";
import { RunSettings } from "./run-settings";
import { ClassifierFitProgress } from "./classifier-fit-progress";
import { ClassifierFitSection } from "./classifier-fit-section";
import { classifierRunName, EMBEDDING_CLASSIFIER, isClassifierRun } from "@/lib/embedding-classifier/naming";
import { RunStatusPill } from "./run-status-pill";
import type { TRunViewJson } from "./types";
import { usePolling } from "@/components/ui/use-polling";

const readRun = (json: unknown) => json as TRunViewJson;
const isRunActive = (run: TRunViewJson) => isActiveStatus(run.status);

/** One run: header and controls, live progress while it runs, then its metrics. Polls every 1.5 s while active. */
export function RunDetail({ initialRun }: { initialRun: TRunViewJson }) {
  const {
    value: run,
    setValue,
    stale,
  } = usePolling(`/api/runs/${initialRun.id}`, initialRun, { isActive: isRunActive, read: readRun, intervalMs: 1_500 });
  const classifier = isClassifierRun(run.settings);

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-6">
        <div className="min-w-0">
          <p className="text-sm text-slate-500">
            <Link href="/runs" className="hover:text-indigo-700 hover:underline">
              Runs
            </Link>{" "}
            <span aria-hidden>/</span>
          </p>
          <div className="mt-1 flex flex-wrap items-center gap-3">
            <h1 className="text-2xl font-semibold tracking-tight">
              {classifier ? classifierRunName(run.endpoint.name) : run.endpoint.name}{" "}
              <span className="font-normal text-slate-500">on</span> {run.dataset.name}
            </h1>
            <RunStatusPill status={run.status} />
          </div>
          <p className="mt-1 text-sm text-slate-600">
            <ModelId model={run.endpoint.model} className="text-xs text-slate-500" />
            <span className="mx-2 text-slate-300">·</span>
            {classifier ? "embeddings, fitted on TRAIN" : formatShots(run.settings.shots)}
            <span className="mx-2 text-slate-300">·</span>
            {run.settings.split} split
            <span className="mx-2 text-slate-300">·</span>
            {run.task === "CLASSIFICATION" ? "classification" : "open QA"}
            <span className="mx-2 text-slate-300">·</span>
            {classifier ? formatAnswerMode(EMBEDDING_CLASSIFIER) : formatAnswerMode(run.settings.answerMode)}
          </p>
        </div>
        <RunActions run={run} onChange={setValue} />
      </header>

      {run.status === "FAILED" ? (
        <div role="alert" className="rounded-xl border border-rose-200 bg-rose-50 px-5 py-4 text-sm text-rose-900">
          <p className="font-semibold">The run stopped</p>
          <p className="mt-1 break-words">{run.errorMessage ?? "The run failed without a message."}</p>
          <p className="mt-2 text-rose-800/80">
            Fix the endpoint (key, model name, base URL) on its{" "}
            <Link href={`/models/${run.endpoint.id}`} className="font-medium underline">
              model page
            </Link>
            , then resume: answers already received are kept.
          </p>
        </div>
      ) : null}
      {run.status === "CANCELLED" ? (
        <p className="rounded-xl border border-amber-200 bg-amber-50 px-5 py-3 text-sm text-amber-900">
          This run was cancelled. Resume it to evaluate the remaining samples; answers already received are kept.
        </p>
      ) : null}
      {stale ? (
        <p role="status" className="text-sm text-amber-700">
          Lost contact with the server; retrying…
        </p>
      ) : null}

      {run.classifierFitProgress ? <ClassifierFitProgress progress={run.classifierFitProgress} /> : null}
      <LiveProgress run={run} />
      {run.task === "CLASSIFICATION" ? (
        // A stopped run without a single answer has no metrics to show, only dashes.
        isRunActive(run) || run.progress.done > 0 ? (
          <ClassificationResults run={run} />
        ) : null
      ) : (
        <RunJudgings runId={run.id} datasetId={run.dataset.id} version={run.progress.done} />
      )}
      {run.task === "CLASSIFICATION" ? <RunVersions runId={run.id} done={run.status === "COMPLETED"} /> : null}
      {run.calibration ? <CalibrationSection runId={run.id} figures={run.calibration} /> : null}
      {classifier ? <ClassifierFitSection fit={run.classifier} /> : <RunSettings run={run} />}
    </div>
  );
}
