import Link from "next/link";
import { TableHead, type TColumn } from "@/components/ui/table-head";
import type { TDatasetListItem } from "@/lib/datasets/queries";
import { formatTask } from "./format";
import { card } from "./styles";
import { formatCount, formatDateTime } from "@/components/ui/format";

const COLUMNS: TColumn[] = [
  { key: "name", label: "Name" },
  { key: "task", label: "Task" },
  { key: "rows", label: "Rows", className: "text-right" },
  { key: "split", label: "Train / test", className: "text-right" },
  { key: "labels", label: "Labels", className: "text-right" },
  { key: "created", label: "Created" },
];

export function DatasetTable({ datasets }: { datasets: TDatasetListItem[] }) {
  return (
    <div className={`${card} overflow-x-auto`}>
      <table className="w-full text-left text-sm">
        <TableHead columns={COLUMNS} />
        <tbody className="divide-y divide-slate-100">
          {datasets.map((dataset) => (
            <tr key={dataset.id} className="hover:bg-slate-50/60">
              <th scope="row" className="px-4 py-4 pl-5 font-medium">
                <Link href={`/datasets/${dataset.id}`} className="text-slate-900 hover:text-indigo-700 hover:underline">
                  {dataset.name}
                </Link>
                <span className="mt-0.5 block text-xs font-normal text-slate-500">{dataset.sourceFileName}</span>
              </th>
              <td className="px-4 py-4 text-slate-700">{formatTask(dataset.task)}</td>
              <td className="px-4 py-4 text-right tabular-nums text-slate-700">{formatCount(dataset.rowCount)}</td>
              <td className="whitespace-nowrap px-4 py-4 text-right tabular-nums text-slate-700">
                {formatCount(dataset.trainCount)} <span className="text-slate-500">/</span>{" "}
                {formatCount(dataset.testCount)}
              </td>
              <td className="px-4 py-4 text-right tabular-nums text-slate-700">
                {dataset.task === "CLASSIFICATION" ? formatCount(dataset.labelCount) : "—"}
              </td>
              <td className="whitespace-nowrap px-4 py-4 pr-5 text-slate-600">{formatDateTime(dataset.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
