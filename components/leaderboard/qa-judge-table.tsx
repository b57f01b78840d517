"use client";

import { ModelId } from "@/components/ui/model-id";
import Link from "next/link";
import { useState } from "react";
import { TagPills } from "@/components/endpoints/tag-pills";
import { MISSING, formatCount, formatUsd } from "@/components/ui/format";
import { formatShots } from "@/components/runs/format";
import { card } from "@/components/ui/styles";
import type { TQaJudgingRow } from "@/lib/leaderboard/qa-types";
import { QaJudgeBadge } from "./qa-judge-badge";
import { QaSortHeader } from "./qa-sort-header";
import {
  DEFAULT_JUDGE_SORT,
  formatGradeParts,
  formatParseFailures,
  labelJudgingRow,
  readJudgeSortValue,
  sortQaRows,
  toggleQaSort,
  type TJudgeSortKey,
  type TQaSort,
} from "./qa-table-state";

const td = "whitespace-nowrap px-2.5 py-3 text-right tabular-nums text-slate-700";
const pill = "rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset";

function ModelCell({ row }: { row: TQaJudgingRow }) {
  if (row.endpoint === null) {
    return (
      <>
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-slate-900">{labelJudgingRow(row)}</span>
          <span className={`${pill} bg-slate-100 text-slate-600 ring-slate-500/20`}>dataset</span>
          <QaJudgeBadge row={row} />
        </div>
        <span className="mt-0.5 block text-xs font-normal text-slate-500">the references, graded like a model</span>
      </>
    );
  }
  return (
    <>
      <div className="flex flex-wrap items-center gap-2">
        <Link href={`/runs/${row.runId}`} className="text-slate-900 hover:text-indigo-700 hover:underline">
          {row.endpoint.name}
        </Link>
        <QaJudgeBadge row={row} />
      </div>
      <span className="mt-0.5 block text-xs font-normal text-slate-500">
        <ModelId model={row.endpoint.model} /> · {formatShots(row.shots ?? 0)}
      </span>
      {row.endpoint.tags.length > 0 ? (
        <div className="mt-1.5 font-normal">
          <TagPills tags={row.endpoint.tags} />
        </div>
      ) : null}
    </>
  );
}

/** LLM-judge grades: one row per judging (model × judge, and the dataset's reference answers). */
export function QaJudgeTable({ rows }: { rows: TQaJudgingRow[] }) {
  const [sort, setSort] = useState<TQaSort<TJudgeSortKey>>(DEFAULT_JUDGE_SORT);
  const visible = sortQaRows(rows, sort, readJudgeSortValue, "mean");
  const onSort = (key: TJudgeSortKey) => setSort(toggleQaSort(sort, key));
  const header = { sort, onSort };
  return (
    <div className={`${card} overflow-x-auto`}>
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-50 text-xs text-slate-500">
          <tr>
            <QaSortHeader label="Model" sortKey="model" {...header} align="left" className="pl-4" />
            <QaSortHeader label="Judge" sortKey="judge" {...header} align="left" />
            <QaSortHeader
              label="Mean note /10"
              sortKey="mean"
              {...header}
              title="Mean judge grade with its 95% t interval"
            />
            <QaSortHeader label="Graded" sortKey="graded" {...header} />
            <QaSortHeader label="Parse failures" sortKey="parseFailures" {...header} />
            <QaSortHeader label="Model cost / 1k" sortKey="modelCostPer1k" {...header} />
            <QaSortHeader label="Judge cost" sortKey="judgeCost" {...header} className="pr-4" />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {visible.map((row) => {
            const grade = formatGradeParts(row.mean);
            return (
              <tr key={row.judgingId} className="align-top hover:bg-slate-50/60">
                <th scope="row" className="min-w-52 px-2.5 py-3 pl-4 font-medium">
                  <ModelCell row={row} />
                </th>
                <td className="px-2.5 py-3 text-slate-700">
                  {row.judge.name}
                  <span className="mt-0.5 block text-xs text-slate-500">
                    <ModelId model={row.judge.model} />
                    {row.referenceGuided ? " · reference-guided" : ""}
                  </span>
                  {row.partial ? (
                    <span className={`${pill} mt-1 inline-block bg-amber-50 text-amber-700 ring-amber-600/20`}>
                      Judging · partial
                    </span>
                  ) : null}
                </td>
                <td className="whitespace-nowrap px-2.5 py-3 text-right tabular-nums">
                  <span className="font-medium text-slate-900">{grade.value}</span>
                  {grade.range ? <span className="text-xs text-slate-500"> ({grade.range})</span> : null}
                </td>
                <td className={td}>
                  {formatCount(row.graded)}
                  <span className="text-xs text-slate-400"> / {formatCount(row.total)}</span>
                </td>
                <td className={td}>
                  {formatParseFailures(row)}
                  {row.errors > 0 ? (
                    <span className="block text-xs text-rose-600">{formatCount(row.errors)} judge errors</span>
                  ) : null}
                </td>
                <td className={td}>{row.runId === null ? MISSING : formatUsd(row.modelCostPer1k)}</td>
                <td className={`${td} pr-4`}>{formatUsd(row.judgeCost)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {visible.length === 0 ? (
        <p className="px-4 py-6 text-center text-sm text-slate-500">No model carries all the selected tags.</p>
      ) : null}
    </div>
  );
}
