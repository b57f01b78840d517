"use client";

import { ModelId } from "@/components/ui/model-id";
import Link from "next/link";
import { useState } from "react";
import { buildCompareHref } from "@/components/compare/compare-format";
import { card, chipButton } from "@/components/endpoints/styles";
import { TagPills } from "@/components/endpoints/tag-pills";
import { MISSING, formatCount, formatLatency, formatUsd } from "@/components/ui/format";
import { formatShots } from "@/components/runs/format";
import type { TLeaderboardRow } from "@/lib/leaderboard/types";
import { outputsHref, type TOutputView } from "@/lib/outputs/filters";
import { ComparisonBadge } from "./comparison-badge";
import { IntervalCell } from "./interval-cell";
import { SortHeader } from "./sort-header";
import {
  buildSearch,
  collectTags,
  filterRowsByTags,
  sortRows,
  toggleSort,
  type TSort,
  type TSortKey,
} from "./table-state";

const metricColumns = [
  { key: "validRate", label: "Valid answers", kind: "percent" },
  { key: "validAccuracy", label: "Valid accuracy", kind: "percent" },
  { key: "accuracy", label: "Accuracy", kind: "percent" },
  { key: "macroF1", label: "Macro-F1", kind: "score" },
] as const;

/** The answers behind a number: invalid ones behind "valid answers", the wrong ones behind accuracy. */
const drillViews: Partial<Record<string, TOutputView>> = {
  validRate: "invalid",
  validAccuracy: "mislabeled",
  accuracy: "wrong",
};

const td = "whitespace-nowrap px-2.5 py-3 text-right tabular-nums text-slate-700";

type TProps = { datasetId: string; rows: TLeaderboardRow[]; initialSort: TSort; initialTags: string[] };

/** Sorting and tag filters happen in the browser; both are mirrored into the URL so a view can be shared. */
export function LeaderboardTable({ datasetId, rows, initialSort, initialTags }: TProps) {
  const [sort, setSort] = useState(initialSort);
  const [tags, setTags] = useState(initialTags);
  const allTags = collectTags(rows);
  const visible = sortRows(filterRowsByTags(rows, tags), sort);
  const bestRunId = rows.find((row) => row.isBest)?.runId;

  function update(next: { sort?: TSort; tags?: string[] }) {
    const state = { datasetId, sort: next.sort ?? sort, tags: next.tags ?? tags };
    setSort(state.sort);
    setTags(state.tags);
    // Next keeps useSearchParams in sync with replaceState, without a server round trip.
    window.history.replaceState(null, "", `/leaderboard${buildSearch(state)}`);
  }
  const onSort = (key: TSortKey) => update({ sort: toggleSort(sort, key) });
  const toggleTag = (tag: string) =>
    update({ tags: tags.includes(tag) ? tags.filter((t) => t !== tag) : [...tags, tag] });

  return (
    <section aria-label="Leaderboard" className="space-y-3">
      {allTags.length > 0 ? (
        <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Filter by tag">
          <span className="text-xs font-medium uppercase tracking-wide text-slate-500">Tags</span>
          {allTags.map((tag) => (
            <button
              key={tag}
              type="button"
              className={chipButton}
              aria-pressed={tags.includes(tag)}
              onClick={() => toggleTag(tag)}
            >
              {tag}
            </button>
          ))}
        </div>
      ) : null}
      <div className={`${card} overflow-x-auto`}>
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50 text-xs text-slate-500">
            <tr>
              <SortHeader label="Model" sortKey="model" sort={sort} onSort={onSort} align="left" className="pl-4" />
              <SortHeader label="Answered" sortKey="answered" sort={sort} onSort={onSort} />
              {metricColumns.map((column) => (
                <SortHeader key={column.key} label={column.label} sortKey={column.key} sort={sort} onSort={onSort} />
              ))}
              <SortHeader label="Errors" sortKey="errors" sort={sort} onSort={onSort} />
              <SortHeader label="Cost / 1k" sortKey="costPer1k" sort={sort} onSort={onSort} />
              <SortHeader label="Latency p50" sortKey="latencyP50Ms" sort={sort} onSort={onSort} className="pr-4" />
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {visible.map((row) => (
              <tr key={row.runId} className="align-top hover:bg-slate-50/60">
                <th scope="row" className="min-w-52 px-2.5 py-3 pl-4 font-medium">
                  <div className="flex flex-wrap items-center gap-2">
                    <Link href={`/runs/${row.runId}`} className="text-slate-900 hover:text-indigo-700 hover:underline">
                      {row.endpoint.name}
                    </Link>
                    <ComparisonBadge row={row} />
                    {row.partial ? (
                      <span className="rounded-full bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-700 ring-1 ring-inset ring-amber-600/20">
                        Running · partial
                      </span>
                    ) : null}
                  </div>
                  <span className="mt-0.5 block text-xs font-normal text-slate-500">
                    <ModelId model={row.endpoint.model} /> · {formatShots(row.shots)}
                    {bestRunId && row.runId !== bestRunId ? (
                      <>
                        {" · "}
                        <Link
                          href={buildCompareHref({ a: bestRunId, b: row.runId })}
                          className="text-indigo-700 hover:underline"
                          aria-label={`Compare ${row.endpoint.name} with the best run`}
                        >
                          Compare with best
                        </Link>
                      </>
                    ) : null}
                  </span>
                  {row.endpoint.tags.length > 0 ? (
                    <div className="mt-1.5 font-normal">
                      <TagPills tags={row.endpoint.tags} />
                    </div>
                  ) : null}
                </th>
                <td className={td}>
                  {formatCount(row.answered)}
                  <span className="text-xs text-slate-400"> / {formatCount(row.total)}</span>
                </td>
                {metricColumns.map((column) => (
                  <IntervalCell
                    key={column.key}
                    interval={row[column.key]}
                    kind={column.kind}
                    href={drillViews[column.key] && outputsHref(row.runId, { view: drillViews[column.key] })}
                    hrefLabel={`See the ${drillViews[column.key]} answers of ${row.endpoint.name}`}
                  />
                ))}
                <td className={td}>
                  {row.errors > 0 ? (
                    <Link
                      href={outputsHref(row.runId, { view: "errors" })}
                      title={`See the failed calls of ${row.endpoint.name}`}
                      className="hover:text-indigo-700 hover:underline"
                    >
                      {formatCount(row.errors)}
                    </Link>
                  ) : (
                    formatCount(row.errors)
                  )}
                </td>
                <td className={td}>{row.answered === 0 ? MISSING : formatUsd(row.costPer1k)}</td>
                <td className={`${td} pr-4`}>{formatLatency(row.latencyP50Ms)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {visible.length === 0 ? (
          <p className="px-4 py-6 text-center text-sm text-slate-500">No model carries all the selected tags.</p>
        ) : null}
      </div>
    </section>
  );
}
