"use client";

import { ModelId } from "@/components/ui/model-id";
import Link from "next/link";
import { TableHead, type TColumn } from "@/components/ui/table-head";
import { TagPills } from "@/components/endpoints/tag-pills";
import { card } from "@/components/endpoints/styles";
import { formatCount, formatDateTime } from "@/components/ui/format";
import { formatShots, isActiveStatus } from "./format";
import { ProgressBar } from "./progress-bar";
import { RunStatusPill } from "./run-status-pill";
import type { TRunRow } from "./types";
import { usePolling } from "@/components/ui/use-polling";
import { classifierRunName, isClassifierRun } from "@/lib/embedding-classifier/naming";

const readRuns = (json: unknown) => (json as { runs: TRunRow[] }).runs;
const hasActiveRun = (runs: TRunRow[]) => runs.some((run) => isActiveStatus(run.status));

/** All runs, newest first; refreshed every 2 s while any of them is queued or running. */
const COLUMNS: TColumn[] = [
  { key: "model", label: "Model" },
  { key: "dataset", label: "Dataset" },
  { key: "shots", label: "Shots" },
  { key: "split", label: "Split" },
  { key: "status", label: "Status" },
  { key: "progress", label: "Progress", className: "w-48" },
  { key: "created", label: "Created" },
];

export function RunsTable({ initialRuns }: { initialRuns: TRunRow[] }) {
  const { value: runs } = usePolling("/api/runs", initialRuns, {
    isActive: hasActiveRun,
    read: readRuns,
    intervalMs: 2_000,
  });

  return (
    <div className={`${card} overflow-x-auto`}>
      <table className="w-full text-left text-sm">
        <TableHead columns={COLUMNS} />
        <tbody className="divide-y divide-slate-100">
          {runs.map((run) => (
            <tr key={run.id} className="align-top hover:bg-slate-50/60">
              <th scope="row" className="px-4 py-4 pl-5 font-medium">
                <Link href={`/runs/${run.id}`} className="text-slate-900 hover:text-indigo-700 hover:underline">
                  {isClassifierRun(run) ? classifierRunName(run.endpoint.name) : run.endpoint.name}
                </Link>
                <ModelId model={run.endpoint.model} className="mt-0.5 block text-xs font-normal text-slate-500" />
                {run.endpoint.tags.length > 0 ? (
                  <div className="mt-1.5 font-normal">
                    <TagPills tags={run.endpoint.tags} />
                  </div>
                ) : null}
              </th>
              <td className="px-4 py-4 text-slate-700">{run.dataset.name}</td>
              <td className="whitespace-nowrap px-4 py-4 text-slate-700">
                {isClassifierRun(run) ? "embeddings" : formatShots(run.shots)}
              </td>
              <td className="px-4 py-4 text-xs font-medium uppercase tracking-wide text-slate-500">{run.split}</td>
              <td className="px-4 py-4">
                <RunStatusPill status={run.status} />
              </td>
              <td className="px-4 py-4">
                <ProgressBar done={run.done} total={run.total} label={`Progress of ${run.endpoint.name}`} />
                <span className="mt-1.5 block text-xs tabular-nums text-slate-500">
                  {formatCount(run.done)} / {formatCount(run.total)}
                </span>
              </td>
              <td className="whitespace-nowrap px-4 py-4 pr-5 text-xs tabular-nums text-slate-500">
                <time dateTime={run.createdAt} suppressHydrationWarning>
                  {formatDateTime(run.createdAt)}
                </time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
