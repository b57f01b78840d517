"use client";

import { createColumnHelper, tableFeatures, useTable } from "@tanstack/react-table";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useRef, type KeyboardEvent } from "react";
import { MISSING, formatCount, formatLatency, formatPercent, formatUsd } from "@/components/ui/format";
import { TableHead } from "@/components/ui/table-head";
import { outputsHref, type TOutputLink } from "@/lib/outputs/filters";
import type { TOutputItem } from "@/lib/outputs/query";
import { deriveOutputStatus } from "./output-status";
import { OutputStatusPill } from "./status-pill";
import { textLink } from "@/components/ui/styles";

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, TOutputItem>();

type TProps = {
  runId: string;
  items: TOutputItem[];
  /** Filters and cursor of this page: a row's link keeps them and adds `sample=`. */
  link: TOutputLink;
  classification: boolean;
  judged: boolean;
  /** The run asked for log-probabilities: a column with each answer's confidence. */
  confidence: boolean;
  selectedSampleId: number | undefined;
};

const text = "line-clamp-2 max-w-md break-words";

function buildColumns(classification: boolean, judged: boolean, confidence: boolean) {
  return helper.columns([
    helper.display({
      id: "index",
      header: "#",
      cell: ({ row }) => <span className="tabular-nums text-slate-500">{formatCount(row.original.index + 1)}</span>,
    }),
    helper.display({
      id: "input",
      header: "Input",
      cell: ({ row }) => <span className={`${text} text-slate-600`}>{row.original.input}</span>,
    }),
    helper.display({
      id: "expected",
      header: classification ? "Expected" : "Reference",
      cell: ({ row }) => <span className={`${text} font-medium text-slate-800`}>{row.original.expected}</span>,
    }),
    helper.display({
      id: "answer",
      header: "Answer",
      cell: ({ row }) =>
        row.original.errorKind !== null ? (
          <span className="text-slate-500 italic">{row.original.errorMessage ?? row.original.errorKind}</span>
        ) : (
          <span className={`${text} font-mono text-[13px] text-slate-900`}>{row.original.rawText ?? MISSING}</span>
        ),
    }),
    helper.display({
      id: "status",
      header: "Status",
      cell: ({ row }) => <OutputStatusPill status={deriveOutputStatus(row.original)} />,
    }),
    ...(confidence
      ? [
          helper.display({
            id: "confidence",
            header: "Confidence",
            cell: ({ row }) => (
              <span className="tabular-nums">
                {row.original.confidence === null ? MISSING : formatPercent(row.original.confidence)}
              </span>
            ),
          }),
        ]
      : []),
    ...(judged
      ? [
          helper.display({
            id: "score",
            header: "Score",
            cell: ({ row }) => <span className="tabular-nums">{row.original.score ?? MISSING}</span>,
          }),
        ]
      : []),
    helper.display({
      id: "latency",
      header: "Latency",
      cell: ({ row }) => <span className="tabular-nums">{formatLatency(row.original.latencyMs)}</span>,
    }),
    helper.display({
      id: "cost",
      header: "Cost",
      cell: ({ row }) => (
        <span className="tabular-nums">{row.original.errorKind ? MISSING : formatUsd(row.original.cost)}</span>
      ),
    }),
  ]);
}

/**
 * The outputs of one page. Each row's number is a link that opens the detail panel (Tab reaches it, Enter opens
 * it); ↑/↓ move between rows, so the table can be read without a mouse.
 */
export function OutputsTable({ runId, items, link, classification, judged, confidence, selectedSampleId }: TProps) {
  const columns = useMemo(() => buildColumns(classification, judged, confidence), [classification, judged, confidence]);
  const table = useTable({ features, columns, data: items });
  const router = useRouter();
  const body = useRef<HTMLTableSectionElement>(null);

  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const links = [...(body.current?.querySelectorAll<HTMLAnchorElement>("a[data-row-link]") ?? [])];
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = links[current === -1 ? 0 : current + (event.key === "ArrowDown" ? 1 : -1)];
    if (!next) return;
    event.preventDefault();
    next.focus();
  }

  return (
    <table className="w-full text-left text-sm">
      <TableHead
        variant="dense"
        columns={table.getHeaderGroups()[0]!.headers.map((header) => ({
          key: header.id,
          className: "whitespace-nowrap",
          label: header.isPlaceholder ? null : <table.FlexRender header={header} />,
        }))}
      />
      <tbody ref={body} onKeyDown={onKeyDown} className="divide-y divide-slate-100">
        {table.getRowModel().rows.map((row) => {
          const href = outputsHref(runId, { ...link, sample: row.original.sampleId });
          const selected = row.original.sampleId === selectedSampleId;
          return (
            <tr
              key={row.original.sampleId}
              aria-selected={selected}
              onClick={(event) => {
                // A click anywhere on the row opens it; links and selected text keep their own behaviour.
                if ((event.target as HTMLElement).closest("a") || window.getSelection()?.toString()) return;
                router.push(href, { scroll: false });
              }}
              className={`cursor-pointer align-top hover:bg-indigo-50/40 ${selected ? "bg-indigo-50" : ""}`}
            >
              {row.getAllCells().map((cell, index) => (
                <td key={cell.id} className="px-2.5 py-2.5 first:pl-4 last:pr-4">
                  {index === 0 ? (
                    <Link
                      href={href}
                      scroll={false}
                      data-row-link
                      aria-label={`Open sample ${formatCount(row.original.index + 1)}`}
                      className={`rounded font-medium ${textLink} focus-visible:outline-2 focus-visible:outline-indigo-600`}
                    >
                      <table.FlexRender cell={cell} />
                    </Link>
                  ) : (
                    <table.FlexRender cell={cell} />
                  )}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
