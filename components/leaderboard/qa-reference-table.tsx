"use client";

import { useState } from "react";
import { MISSING, formatCount, formatUsd } from "@/components/ui/format";
import { card } from "@/components/ui/styles";
import { TableHead, type TColumn, type TSort } from "@/components/ui/table-head";
import type { TQaReferenceRow } from "@/lib/leaderboard/qa-types";
import { IntervalCell } from "./interval-cell";
import { readReferenceSortValue, type TReferenceSortKey } from "./qa-sort-values";
import { AnsweredCell, numberCell as td, PartialPill, RunIdentity } from "./run-identity";
import { sortRows, toggleSort } from "./table-state";

const columns: TColumn<TReferenceSortKey>[] = [
  { key: "model", label: "Model", sortKey: "model" },
  { key: "answered", label: "Answered", sortKey: "answered", align: "right" },
  {
    key: "tokenF1",
    label: "Token F1 vs reference",
    sortKey: "tokenF1",
    align: "right",
    title: "Mean SQuAD token F1 against the reference answer, with a bootstrap 95% interval",
  },
  { key: "errors", label: "Errors", sortKey: "errors", align: "right" },
  { key: "costPer1k", label: "Cost / 1k", sortKey: "costPer1k", align: "right" },
];

/** Token F1 of each run's answers against the reference answers: lexical overlap, shown apart from judge grades. */
export function QaReferenceTable({ rows }: { rows: TQaReferenceRow[] }) {
  const [sort, setSort] = useState<TSort<TReferenceSortKey>>({ key: "tokenF1", dir: "desc" });
  const visible = sortRows(rows, sort, readReferenceSortValue);
  const onSort = (key: TReferenceSortKey) => setSort(toggleSort(sort, key));
  return (
    <div className={`${card} overflow-x-auto`}>
      <table className="w-full text-left text-sm">
        <TableHead columns={columns} variant="dense" sort={sort} onSort={onSort} />
        <tbody className="divide-y divide-slate-100">
          {visible.map((row) => (
            <tr key={row.runId} className="align-top hover:bg-slate-50/60">
              <th scope="row" className="min-w-52 px-2.5 py-3 pl-4 font-medium">
                <RunIdentity
                  runId={row.runId}
                  endpoint={row.endpoint}
                  shots={row.shots}
                  badges={row.partial ? <PartialPill>Running · partial</PartialPill> : null}
                />
              </th>
              <AnsweredCell done={row.answered} total={row.total} />
              <IntervalCell interval={row.tokenF1} kind="score" />
              <td className={td}>{formatCount(row.errors)}</td>
              <td className={`${td} pr-4`}>{row.answered === 0 ? MISSING : formatUsd(row.costPer1k)}</td>
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
