"use client";

import { useState } from "react";
import { MISSING, formatCount, formatUsd } from "@/components/ui/format";
import { ModelId } from "@/components/ui/model-id";
import { card } from "@/components/ui/styles";
import { TableHead, type TColumn, type TSort } from "@/components/ui/table-head";
import type { TQaJudgingRow } from "@/lib/leaderboard/qa-types";
import { IntervalCell } from "./interval-cell";
import { QaJudgeBadge } from "./qa-judge-badge";
import { VerdictLine } from "./verdict-line";
import { describeGradeVerdict } from "./verdict-text";
import {
  DEFAULT_JUDGE_SORT,
  formatParseFailures,
  labelJudgingRow,
  readJudgeSortValue,
  type TJudgeSortKey,
} from "./qa-sort-values";
import { AnsweredCell, NeutralPill, numberCell as td, PartialPill, RunIdentity } from "./run-identity";
import { sortRows, toggleSort } from "./table-state";

const columns: TColumn<TJudgeSortKey>[] = [
  { key: "model", label: "Model", sortKey: "model" },
  { key: "judge", label: "Judge", sortKey: "judge" },
  {
    key: "mean",
    label: "Mean note /10",
    sortKey: "mean",
    align: "right",
    title: "Mean judge grade with its 95% t interval",
  },
  { key: "graded", label: "Graded", sortKey: "graded", align: "right" },
  { key: "parseFailures", label: "Parse failures", sortKey: "parseFailures", align: "right" },
  { key: "modelCostPer1k", label: "Model cost / 1k", sortKey: "modelCostPer1k", align: "right" },
  { key: "judgeCost", label: "Judge cost", sortKey: "judgeCost", align: "right" },
];

function ModelCell({ row }: { row: TQaJudgingRow }) {
  if (row.endpoint === null) {
    return (
      <>
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-slate-900">{labelJudgingRow(row)}</span>
          <NeutralPill>dataset</NeutralPill>
          <QaJudgeBadge row={row} />
        </div>
        <span className="mt-0.5 block text-xs font-normal text-slate-600">the references, graded like a model</span>
        <VerdictLine text={row.comparison ? describeGradeVerdict(row.comparison) : null} />
      </>
    );
  }
  return (
    <RunIdentity
      runId={row.runId}
      endpoint={row.endpoint}
      shots={row.shots ?? 0}
      badges={<QaJudgeBadge row={row} />}
      verdict={<VerdictLine text={row.comparison ? describeGradeVerdict(row.comparison) : null} />}
    />
  );
}

/** LLM-judge grades: one row per judging (model × judge, and the dataset's reference answers). */
export function QaJudgeTable({ rows }: { rows: TQaJudgingRow[] }) {
  const [sort, setSort] = useState<TSort<TJudgeSortKey>>(DEFAULT_JUDGE_SORT);
  const visible = sortRows(rows, sort, readJudgeSortValue, "mean");
  const onSort = (key: TJudgeSortKey) => setSort(toggleSort(sort, key));
  return (
    <div className={`${card} overflow-x-auto`}>
      <table className="w-full text-left text-sm">
        <TableHead columns={columns} variant="dense" sort={sort} onSort={onSort} />
        <tbody className="divide-y divide-slate-100">
          {visible.map((row) => (
            <tr key={row.judgingId} className="align-top hover:bg-slate-50/60">
              <th scope="row" className="min-w-52 px-2.5 py-3 pl-4 font-medium">
                <ModelCell row={row} />
              </th>
              <td className="px-2.5 py-3 text-slate-700">
                {row.judge.name}
                <span className="mt-0.5 block text-xs text-slate-600">
                  <ModelId model={row.judge.model} />
                  {row.referenceGuided ? " · reference-guided" : ""}
                </span>
                {row.partial ? <PartialPill className="mt-1 inline-block">Judging · partial</PartialPill> : null}
              </td>
              <IntervalCell interval={row.mean} kind="grade" />
              <AnsweredCell done={row.graded} total={row.total} />
              <td className={td}>
                {formatParseFailures(row)}
                {row.errors > 0 ? (
                  <span className="block text-xs text-rose-700">{formatCount(row.errors)} judge errors</span>
                ) : null}
              </td>
              <td className={td}>{row.runId === null ? MISSING : formatUsd(row.modelCostPer1k)}</td>
              <td className={`${td} pr-4`}>{formatUsd(row.judgeCost)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {visible.length === 0 ? (
        <p className="px-4 py-6 text-center text-sm text-slate-500">No model carries all the selected tags.</p>
      ) : null}
    </div>
  );
}
