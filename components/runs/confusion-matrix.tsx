import Link from "next/link";
import { TableHead } from "@/components/ui/table-head";
import { card } from "@/components/endpoints/styles";
import { INVALID_PREDICTED, outputsHref } from "@/lib/outputs/filters";
import type { TConfusion } from "@/lib/metrics";
import { prepareHeatmap, type THeatCell } from "./confusion-heatmap";
import { formatCount, formatPercent } from "@/components/ui/format";

const headerCell = "text-center align-bottom normal-case tracking-normal";

function describeCell(expected: string, predicted: string, cell: THeatCell): string {
  const share = cell.share === null ? "" : ` (${formatPercent(cell.share)} of the row)`;
  return `Expected ${expected}, answered ${predicted}: ${formatCount(cell.count)}${share}`;
}

/**
 * Expected labels as rows, answers as columns plus "invalid". Shading is the share of the row: green on the
 * diagonal (right), rose off it (confused), amber for answers that are no label at all.
 */
export function ConfusionMatrix({ confusion, runId }: { confusion: TConfusion; runId?: string }) {
  const heatmap = prepareHeatmap(confusion);
  const invalidIndex = heatmap.columns.length - 1;
  // With a run id every count links to its answers; the "invalid" column is predicted=__invalid__.
  const predictedAt = (index: number) => (index === invalidIndex ? INVALID_PREDICTED : heatmap.columns[index]);
  const drill = (count: string, link: { expected?: string; predicted?: string }) =>
    runId ? (
      <Link href={outputsHref(runId, link)} className="block rounded-md py-3 hover:underline focus-visible:outline-2">
        {count}
      </Link>
    ) : (
      count
    );
  return (
    <section aria-labelledby="confusion-title" className={`${card} p-5`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="confusion-title" className="text-base font-semibold">
          Confusion matrix
        </h2>
        <ul className="flex flex-wrap gap-4 text-xs text-slate-500" aria-label="Legend">
          <li className="flex items-center gap-1.5">
            <span aria-hidden className="size-3 rounded-sm bg-emerald-600/60" /> correct
          </li>
          <li className="flex items-center gap-1.5">
            <span aria-hidden className="size-3 rounded-sm bg-rose-500/60" /> confused
          </li>
          <li className="flex items-center gap-1.5">
            <span aria-hidden className="size-3 rounded-sm bg-amber-500/60" /> invalid answer
          </li>
          <li>shade = share of the row</li>
        </ul>
      </div>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full border-separate border-spacing-1 text-sm" aria-describedby="confusion-title">
          <TableHead
            variant="plain"
            edges={false}
            columns={[
              {
                key: "corner",
                label: "Expected ↓ · Answered →",
                className: "align-bottom normal-case tracking-normal",
              },
              ...heatmap.columns.map((column, index) => ({
                key: column,
                label: column,
                className: `${headerCell} w-28 ${index === invalidIndex ? "italic text-amber-800" : ""}`,
              })),
              { key: "n", label: "n", className: `${headerCell} w-16` },
            ]}
          />
          <tbody>
            {heatmap.rows.map((row) => (
              <tr key={row.label}>
                <th scope="row" className="max-w-56 px-2 py-2 text-left text-sm font-medium text-slate-800">
                  {row.label}
                </th>
                {row.cells.map((cell, index) => (
                  <td
                    key={heatmap.columns[index]}
                    title={describeCell(row.label, heatmap.columns[index] ?? "", cell)}
                    style={{ backgroundColor: cell.background }}
                    className={`h-11 rounded-md text-center tabular-nums ring-1 ring-inset ring-slate-200/70 ${
                      cell.dark
                        ? "font-semibold text-white"
                        : cell.count === 0
                          ? "text-slate-500"
                          : "font-medium text-black"
                    }`}
                  >
                    {drill(formatCount(cell.count), { expected: row.label, predicted: predictedAt(index) })}
                  </td>
                ))}
                <td className="text-center text-xs tabular-nums text-slate-500">
                  {drill(formatCount(row.total), { expected: row.label })}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className="px-2 py-2 text-left text-xs font-medium text-slate-500">
                Answered n
              </th>
              {heatmap.columnTotals.map((total, index) => (
                <td key={heatmap.columns[index]} className="py-2 text-center text-xs tabular-nums text-slate-500">
                  {drill(formatCount(total), { predicted: predictedAt(index) })}
                </td>
              ))}
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
