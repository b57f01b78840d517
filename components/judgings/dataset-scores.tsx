"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { callApi } from "@/components/ui/call-api";
import { cardTitle, textLink } from "@/components/ui/styles";
import { ScoresTable } from "./scores-table";
import type { TJudgingRow } from "./types";

/** Every judging on the dataset (models and the "dataset" reference row), refreshed as the current one progresses. */
export function DatasetScores(props: {
  datasetId: string;
  initialRows: TJudgingRow[];
  version: number;
  currentId?: string;
  runId?: string;
  title: string;
}) {
  const [rows, setRows] = useState(props.initialRows);
  const { datasetId, version } = props;

  useEffect(() => {
    const controller = new AbortController();
    void callApi<{ judgings: TJudgingRow[] }>(`/api/judgings?datasetId=${datasetId}`, "GET", undefined, {
      signal: controller.signal,
    }).then((result) => {
      if (result.ok) setRows(result.data.judgings);
    });
    return () => controller.abort();
  }, [datasetId, version]);

  // On a run's page: this run's judgings and the reference rows they are compared with.
  const shown = props.runId ? rows.filter((row) => row.runId === props.runId || row.runId === null) : rows;
  if (shown.length === 0) return null;
  return (
    <section aria-label={props.title} className="space-y-3">
      <div className="flex items-baseline justify-between gap-4">
        <h2 className={cardTitle}>{props.title}</h2>
        <Link href={`/leaderboard?datasetId=${datasetId}`} className={`text-sm font-medium ${textLink}`}>
          Open the leaderboard
        </Link>
      </div>
      <ScoresTable rows={shown} currentId={props.currentId} />
    </section>
  );
}
