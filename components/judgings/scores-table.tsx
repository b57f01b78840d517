import Link from "next/link";
import { card } from "@/components/ui/styles";
import { TableHead, type TColumn } from "@/components/ui/table-head";
import { formatCount, formatUsd } from "@/components/ui/format";
import { RunStatusPill } from "@/components/runs/run-status-pill";
import { formatMeanScore, formatScoreInterval } from "./format";
import type { TJudgingRow } from "./types";

const COLUMNS: TColumn[] = [
  { key: "answers", label: "Answers of" },
  { key: "judge", label: "Judge" },
  { key: "mean", label: "Mean score" },
  { key: "failures", label: "Parse failures" },
  { key: "errors", label: "API errors" },
  { key: "cost", label: "Judge cost" },
  { key: "status", label: "Status" },
];

/** One row per judging: the model's answers or the "dataset" reference answers, with the mean grade and its interval. */
export function ScoresTable({ rows, currentId }: { rows: TJudgingRow[]; currentId?: string }) {
  return (
    <div className={`${card} overflow-x-auto`}>
      <table className="w-full text-left text-sm" aria-label="Judge scores">
        <TableHead columns={COLUMNS} />
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id} className={row.id === currentId ? "bg-indigo-50/50" : "hover:bg-slate-50/60"}>
              <th scope="row" className="px-4 py-3 pl-5 font-medium">
                <Link href={`/judgings/${row.id}`} className="text-slate-900 hover:text-indigo-700 hover:underline">
                  {row.label}
                </Link>
                {row.runId === null ? (
                  <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-normal text-slate-600">
                    {row.humanScoreField ? "calibration set" : "reference answers"}
                  </span>
                ) : null}
                {row.selfJudged ? (
                  <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-normal text-amber-900">
                    self-judged
                  </span>
                ) : null}
              </th>
              <td className="px-4 py-3 text-slate-700">
                {row.endpoint.name}
                {row.referenceGuided ? <span className="block text-xs text-slate-500">reference-guided</span> : null}
              </td>
              <td className="px-4 py-3">
                <span className="font-semibold tabular-nums text-slate-900">{formatMeanScore(row.mean)}</span>
                <span className="block text-xs tabular-nums text-slate-500">{formatScoreInterval(row.mean)}</span>
              </td>
              <td className="px-4 py-3 tabular-nums text-slate-700">{formatCount(row.parseFailures)}</td>
              <td className="px-4 py-3 tabular-nums text-slate-700">{formatCount(row.errors)}</td>
              <td className="px-4 py-3 tabular-nums text-slate-700">{row.done === 0 ? "—" : formatUsd(row.cost)}</td>
              <td className="px-4 py-3 pr-5">
                <RunStatusPill status={row.status} />
                <span className="mt-1 block text-xs tabular-nums text-slate-500">
                  {formatCount(row.done)} / {formatCount(row.total)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
