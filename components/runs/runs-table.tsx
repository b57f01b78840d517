"use client";

import Link from "next/link";
import { TagPills } from "@/components/endpoints/tag-pills";
import { card } from "@/components/endpoints/styles";
import { formatCount, formatDateTime, formatShots, isActiveStatus } from "./format";
import { ProgressBar } from "./progress-bar";
import { RunStatusPill } from "./run-status-pill";
import type { TRunRow } from "./types";
import { usePolling } from "./use-polling";

const th = "px-4 py-3 font-medium";
const readRuns = (json: unknown) => (json as { runs: TRunRow[] }).runs;
const hasActiveRun = (runs: TRunRow[]) => runs.some((run) => isActiveStatus(run.status));

/** All runs, newest first; refreshed every 2 s while any of them is queued or running. */
export function RunsTable({ initialRuns }: { initialRuns: TRunRow[] }) {
  const { value: runs } = usePolling("/api/runs", initialRuns, {
    isActive: hasActiveRun,
    read: readRuns,
    intervalMs: 2_000,
  });

  return (
    <div className={`${card} overflow-x-auto`}>
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className={`${th} pl-5`}>
              Model
            </th>
            <th scope="col" className={th}>
              Dataset
            </th>
            <th scope="col" className={th}>
              Shots
            </th>
            <th scope="col" className={th}>
              Split
            </th>
            <th scope="col" className={th}>
              Status
            </th>
            <th scope="col" className={`${th} w-48`}>
              Progress
            </th>
            <th scope="col" className={`${th} pr-5`}>
              Created
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {runs.map((run) => (
            <tr key={run.id} className="align-top hover:bg-slate-50/60">
              <th scope="row" className="px-4 py-4 pl-5 font-medium">
                <Link href={`/runs/${run.id}`} className="text-slate-900 hover:text-indigo-700 hover:underline">
                  {run.endpoint.name}
                </Link>
                <span className="mt-0.5 block font-mono text-xs font-normal text-slate-500">{run.endpoint.model}</span>
                {run.endpoint.tags.length > 0 ? (
                  <div className="mt-1.5 font-normal">
                    <TagPills tags={run.endpoint.tags} />
                  </div>
                ) : null}
              </th>
              <td className="px-4 py-4 text-slate-700">{run.dataset.name}</td>
              <td className="whitespace-nowrap px-4 py-4 text-slate-700">{formatShots(run.shots)}</td>
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
