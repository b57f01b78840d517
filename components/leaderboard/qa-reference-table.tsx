"use client";

import { ModelId } from "@/components/ui/model-id";
import Link from "next/link";
import { useState } from "react";
import { TagPills } from "@/components/endpoints/tag-pills";
import { MISSING, formatCount, formatUsd } from "@/components/ui/format";
import { formatShots } from "@/components/runs/format";
import { card } from "@/components/ui/styles";
import type { TQaReferenceRow } from "@/lib/leaderboard/qa-types";
import { IntervalCell } from "./interval-cell";
import { QaSortHeader } from "./qa-sort-header";
import {
  readReferenceSortValue,
  sortQaRows,
  toggleQaSort,
  type TQaSort,
  type TReferenceSortKey,
} from "./qa-table-state";

const td = "whitespace-nowrap px-2.5 py-3 text-right tabular-nums text-slate-700";

/** Token F1 of each run's answers against the reference answers: lexical overlap, shown apart from judge grades. */
export function QaReferenceTable({ rows }: { rows: TQaReferenceRow[] }) {
  const [sort, setSort] = useState<TQaSort<TReferenceSortKey>>({ key: "tokenF1", dir: "desc" });
  const visible = sortQaRows(rows, sort, readReferenceSortValue);
  const onSort = (key: TReferenceSortKey) => setSort(toggleQaSort(sort, key));
  const header = { sort, onSort };
  return (
    <div className={`${card} overflow-x-auto`}>
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-50 text-xs text-slate-500">
          <tr>
            <QaSortHeader label="Model" sortKey="model" {...header} align="left" className="pl-4" />
            <QaSortHeader label="Answered" sortKey="answered" {...header} />
            <QaSortHeader
              label="Token F1 vs reference"
              sortKey="tokenF1"
              {...header}
              title="Mean SQuAD token F1 against the reference answer, with a bootstrap 95% interval"
            />
            <QaSortHeader label="Errors" sortKey="errors" {...header} />
            <QaSortHeader label="Cost / 1k" sortKey="costPer1k" {...header} className="pr-4" />
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
                  {row.partial ? (
                    <span className="rounded-full bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-700 ring-1 ring-inset ring-amber-600/20">
                      Running · partial
                    </span>
                  ) : null}
                </div>
                <span className="mt-0.5 block text-xs font-normal text-slate-500">
                  <ModelId model={row.endpoint.model} /> · {formatShots(row.shots)}
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
