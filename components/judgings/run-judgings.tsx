"use client";

import Link from "next/link";
import { secondaryButton } from "@/components/ui/styles";
import { DatasetScores } from "./dataset-scores";

/** On an open-QA run's page: its judge scores beside the "dataset" reference row, and a way to judge it. */
export function RunJudgings({ runId, datasetId, version }: { runId: string; datasetId: string; version: number }) {
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-dashed border-slate-300 bg-white px-5 py-4">
        <p className="text-sm text-slate-600">
          Open-QA answers are graded by an LLM judge, 1 to 10. Grade the reference answers too for a baseline row.
        </p>
        <Link href={`/judgings/new?runId=${runId}`} className={secondaryButton}>
          Judge these answers
        </Link>
      </div>
      <DatasetScores datasetId={datasetId} runId={runId} initialRows={[]} version={version} title="Judge scores" />
    </div>
  );
}
