"use client";

import Link from "next/link";
import { useState } from "react";
import { buildCompareHref } from "@/components/compare/compare-format";
import { MISSING, formatCount, formatLatency, formatUsd } from "@/components/ui/format";
import { card, chipButton, textLink } from "@/components/ui/styles";
import { TableHead, type TColumn, type TSort } from "@/components/ui/table-head";
import type { TLeaderboardRow } from "@/lib/leaderboard/types";
import { classifierRunName, isClassifierRun } from "@/lib/embedding-classifier/naming";
import { outputsHref, type TOutputView } from "@/lib/outputs/filters";
import { AnswerModeFilter, AnswerModePill } from "./answer-mode-filter";
import { ComparisonBadge } from "./comparison-badge";
import { VerdictLine } from "./verdict-line";
import { describeAccuracyVerdict } from "./verdict-text";
import { IntervalCell } from "./interval-cell";
import { AnsweredCell, numberCell as td, PartialPill, RunIdentity } from "./run-identity";
import {
  buildSearch,
  collectAnswerModes,
  collectTags,
  filterRowsByModes,
  filterRowsByTags,
  readSortValue,
  sortRows,
  toggleSort,
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

const columns: TColumn<TSortKey>[] = [
  { key: "model", label: "Model", sortKey: "model" },
  { key: "answered", label: "Answered", sortKey: "answered", align: "right" },
  ...metricColumns.map((column) => ({
    key: column.key,
    label: column.label,
    sortKey: column.key,
    align: "right" as const,
  })),
  { key: "errors", label: "Errors", sortKey: "errors", align: "right" },
  { key: "costPer1k", label: "Cost / 1k", sortKey: "costPer1k", align: "right" },
  { key: "latencyP50Ms", label: "Latency p50", sortKey: "latencyP50Ms", align: "right" },
];

type TProps = {
  datasetId: string;
  rows: TLeaderboardRow[];
  initialSort: TSort<TSortKey>;
  initialTags: string[];
  initialModes?: string[];
};

/** Sorting and tag filters happen in the browser; both are mirrored into the URL so a view can be shared. */
export function LeaderboardTable({ datasetId, rows, initialSort, initialTags, initialModes = [] }: TProps) {
  const [sort, setSort] = useState(initialSort);
  const [tags, setTags] = useState(initialTags);
  const [modes, setModes] = useState(initialModes);
  const allTags = collectTags(rows);
  const visible = sortRows(filterRowsByModes(filterRowsByTags(rows, tags), modes), sort, readSortValue);
  const bestRunId = rows.find((row) => row.isBest)?.runId;

  function update(next: { sort?: TSort<TSortKey>; tags?: string[]; modes?: string[] }) {
    const state = { datasetId, sort: next.sort ?? sort, tags: next.tags ?? tags, modes: next.modes ?? modes };
    setSort(state.sort);
    setTags(state.tags);
    setModes(state.modes);
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
      <AnswerModeFilter
        modes={collectAnswerModes(rows)}
        selected={modes}
        onChange={(next) => update({ modes: next })}
      />
      <div className={`${card} overflow-x-auto`}>
        <table className="w-full text-left text-sm">
          <TableHead columns={columns} variant="dense" sort={sort} onSort={onSort} />
          <tbody className="divide-y divide-slate-100">
            {visible.map((row) => (
              <tr key={row.runId} className="align-top hover:bg-slate-50/60">
                <th scope="row" className="min-w-52 px-2.5 py-3 pl-4 font-medium">
                  <RunIdentity
                    runId={row.runId}
                    endpoint={
                      isClassifierRun(row)
                        ? { ...row.endpoint, name: classifierRunName(row.endpoint.name) }
                        : row.endpoint
                    }
                    shots={row.shots}
                    detail={isClassifierRun(row) ? "embeddings, fitted on TRAIN" : undefined}
                    badges={
                      <>
                        <AnswerModePill mode={row.answerMode} />
                        <ComparisonBadge row={row} />
                        {row.partial ? <PartialPill>Running · partial</PartialPill> : null}
                      </>
                    }
                    note={
                      bestRunId && row.runId !== bestRunId ? (
                        <>
                          {" · "}
                          <Link
                            href={buildCompareHref({ a: bestRunId, b: row.runId })}
                            className={textLink}
                            aria-label={`Compare ${row.endpoint.name} with the best run`}
                          >
                            Compare with best
                          </Link>
                        </>
                      ) : null
                    }
                    verdict={<VerdictLine text={row.comparison ? describeAccuracyVerdict(row.comparison) : null} />}
                  />
                </th>
                <AnsweredCell done={row.answered} total={row.total} />
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
          <p className="px-4 py-6 text-center text-sm text-slate-500">
            No run matches the selected tags and answer modes.
          </p>
        ) : null}
      </div>
    </section>
  );
}
