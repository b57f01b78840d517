import type { TDatasetTask } from "@/lib/datasets/mapping";
import type { TPreviewCheck } from "@/lib/datasets/preview-check";
import { WarningList } from "../warning-list";
import { ProblemBox } from "./problem-box";
import { formatCount, formatPercent, formatRows } from "@/components/ui/format";
import { TableHead } from "@/components/ui/table-head";

type TProps = {
  task: TDatasetTask;
  check: TPreviewCheck;
  rowsRead: number;
  partial: boolean;
  checking: boolean;
};

/** What the import will find, as far as the preview rows tell: the label set and its warnings, or the error. */
export function LabelPreview({ task, check, rowsRead, partial, checking }: TProps) {
  const scope = partial ? `in the first ${formatRows(rowsRead)}` : `in all ${formatRows(rowsRead)}`;
  return (
    <div className={`space-y-4 transition-opacity ${checking ? "opacity-60" : ""}`} aria-busy={checking}>
      {!check.ok ? (
        <ProblemBox title="This mapping cannot be imported" problem={check.error} />
      ) : task === "CLASSIFICATION" ? (
        <LabelCounts labels={check.labels} rows={check.rowsChecked} scope={scope} />
      ) : (
        <p className="text-sm text-slate-600">
          {formatRows(check.rowsChecked)} with a question and a reference answer {scope.replace(/^in /, "among ")}.
        </p>
      )}
      {check.ok && check.warnings.length > 0 ? <WarningList warnings={check.warnings} /> : null}
      {partial ? (
        <p className="text-xs text-slate-500">
          The preview reads the start of the file only; the import checks every row and refuses the file if a later row
          is broken.
        </p>
      ) : null}
    </div>
  );
}

function LabelCounts({
  labels,
  rows,
  scope,
}: {
  labels: { name: string; count: number }[];
  rows: number;
  scope: string;
}) {
  const largest = labels[0]?.count ?? 1;
  return (
    <div>
      <p className="text-sm text-slate-700">
        {formatRows(labels.length, "label")} {scope}.
      </p>
      <table className="mt-3 w-full text-left text-sm">
        <caption className="sr-only">Rows per label {scope}</caption>
        <TableHead
          variant="plain"
          columns={[
            { key: "label", label: "Label", className: "pr-4" },
            { key: "rows", label: "Rows", align: "right", className: "pr-4" },
            { key: "share", label: <span className="sr-only">Share</span>, className: "w-1/2" },
          ]}
        />
        <tbody className="divide-y divide-slate-100">
          {labels.map((label) => (
            <tr key={label.name}>
              <th scope="row" className="py-1.5 pr-4 text-left font-medium text-slate-800">
                {label.name}
              </th>
              <td className="py-1.5 pr-4 text-right tabular-nums text-slate-700">{formatCount(label.count)}</td>
              <td className="py-1.5">
                <div className="flex items-center gap-2">
                  <div className="h-2 flex-1 rounded-full bg-slate-100">
                    <div
                      className="h-2 rounded-full bg-indigo-500"
                      style={{ width: `${Math.max(1, (label.count / largest) * 100)}%` }}
                    />
                  </div>
                  <span className="w-12 text-right text-xs tabular-nums text-slate-500">
                    {formatPercent(label.count / rows)}
                  </span>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
