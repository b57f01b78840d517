"use client";

import { createColumnHelper, tableFeatures, useTable } from "@tanstack/react-table";
import type { TDatasetTask } from "@/lib/datasets/mapping";
import type { TSampleRow } from "@/lib/datasets/samples";
import { ExpandableText } from "./expandable-text";
import { SplitPill } from "./split-pill";
import { TableHead } from "@/components/ui/table-head";

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, TSampleRow>();

function buildColumns(task: TDatasetTask, shown: { ids: boolean; metadata: boolean }, highlight: string | undefined) {
  const labelText = (value: string, tone: string) =>
    task === "CLASSIFICATION" ? (
      <span className={`font-medium ${tone}`}>{value}</span>
    ) : (
      <ExpandableText text={value} />
    );
  // The version's label first; what changed underneath, so the column still reads as "the label on this version".
  const expectedCell = (row: TSampleRow) => (
    <div className="space-y-1">
      {labelText(row.expected, row.removed ? "text-slate-600" : "text-slate-800")}
      {row.uploadedExpected !== null ? (
        <p className="text-xs text-slate-600" data-testid="sample-was">
          was <s>{row.uploadedExpected}</s>
        </p>
      ) : null}
      {row.changedIn !== null ? (
        <p>
          <span
            className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ${
              row.removed ? "bg-slate-200 text-slate-700" : "bg-amber-100 text-amber-900"
            }`}
            data-testid={row.removed ? "sample-removed" : "sample-relabelled"}
          >
            {row.removed ? "Removed" : "Relabelled"} in v{row.changedIn}
          </span>
        </p>
      ) : null}
    </div>
  );
  const ids = helper.accessor("externalId", {
    header: "ID",
    cell: (info) => <span className="font-mono text-xs text-slate-600">{info.getValue() ?? "—"}</span>,
  });
  const metadata = helper.accessor("metadata", {
    header: "Metadata",
    cell: (info) => <MetadataList metadata={info.getValue()} />,
  });
  return helper.columns([
    helper.accessor("index", { header: "#", cell: (info) => info.getValue() + 1 }),
    helper.accessor("split", { header: "Split", cell: (info) => <SplitPill split={info.getValue()} /> }),
    helper.accessor("input", {
      header: "Input",
      cell: (info) => <ExpandableText text={info.getValue()} highlight={highlight} />,
    }),
    helper.accessor("expected", {
      header: task === "CLASSIFICATION" ? "Label" : "Reference answer",
      cell: (info) => expectedCell(info.row.original),
    }),
    ...(shown.ids ? [ids] : []),
    ...(shown.metadata ? [metadata] : []),
  ]);
}

const cellClass: Record<string, string> = {
  index: "w-14 text-right tabular-nums text-slate-500",
  split: "w-20",
  input: "min-w-80 text-slate-800",
  expected: "min-w-56",
  externalId: "w-32",
  metadata: "min-w-40",
};

/**
 * One page of samples, rendered with TanStack Table v9 (core features only: the server does the filtering and
 * paging). Columns depend on the task, so they are built per render from the task, not kept at module scope.
 */
export function SampleTable({
  samples,
  task,
  highlight,
}: {
  samples: TSampleRow[];
  task: TDatasetTask;
  /** The search term, marked in the inputs. */
  highlight?: string | undefined;
}) {
  // Columns the file did not have stay out of the way rather than showing a dash on every row.
  const shown = {
    ids: samples.some((sample) => sample.externalId !== null),
    metadata: samples.some((sample) => sample.metadata !== null),
  };
  const table = useTable({
    features,
    columns: buildColumns(task, shown, highlight),
    data: samples,
    getRowId: (row) => String(row.index),
  });

  return (
    <table className="w-full text-left text-sm">
      <TableHead
        columns={table.getHeaderGroups()[0]!.headers.map((header) => ({
          key: header.id,
          align: header.column.id === "index" ? "right" : undefined,
          label: header.isPlaceholder ? null : <table.FlexRender header={header} />,
        }))}
      />
      <tbody className="divide-y divide-slate-100">
        {table.getRowModel().rows.map((row) => (
          <tr
            key={row.id}
            className={`align-top ${row.original.removed ? "bg-slate-50 text-slate-600 [&_td]:text-slate-600" : ""}`}
            data-removed={row.original.removed ? "true" : undefined}
          >
            {row.getAllCells().map((cell) => (
              <td key={cell.id} className={`px-4 py-3 first:pl-5 last:pr-5 ${cellClass[cell.column.id] ?? ""}`}>
                <table.FlexRender cell={cell} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function MetadataList({ metadata }: { metadata: Record<string, string> | null }) {
  if (!metadata) return <span className="text-slate-500">—</span>;
  return (
    <dl className="space-y-0.5 text-xs">
      {Object.entries(metadata).map(([key, value]) => (
        <div key={key} className="flex gap-1">
          <dt className="font-medium text-slate-500">{key}:</dt>
          <dd className="break-all text-slate-700">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
