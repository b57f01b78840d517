import type { TUploadDraft } from "./upload-draft";
import { TableHead } from "@/components/ui/table-head";
import { ScrollBox } from "@/components/ui/scroll-box";

const CELL_CHARS = 140;

/** The first rows as read, with the role each column plays under the current mapping. */
export function PreviewTable({
  columns,
  rows,
  draft,
}: {
  columns: string[];
  rows: Record<string, string>[];
  draft: TUploadDraft;
}) {
  const roleOf = (column: string): string | null => {
    if (column === draft.input) return "input";
    if (column === draft.expected) return draft.task === "CLASSIFICATION" ? "label" : "answer";
    if (column === draft.id) return "id";
    if (column === draft.split) return "split";
    if (draft.metadata.includes(column)) return "metadata";
    return null;
  };
  return (
    <ScrollBox label="The first rows of the file" className="max-h-96 overflow-auto rounded-lg border border-slate-200">
      <table className="w-full text-left text-xs">
        <caption className="sr-only">The first rows of the file</caption>
        <TableHead
          variant="dense"
          className="sticky top-0"
          columns={columns.map((column) => {
            const role = roleOf(column);
            return {
              key: column,
              className: "align-bottom",
              label: (
                <>
                  <span className="block normal-case tracking-normal text-slate-800">{column}</span>
                  <span
                    className={`mt-1 inline-block rounded px-1.5 py-0.5 text-[10px] ${
                      role ? "bg-indigo-100 text-indigo-800" : "text-slate-600"
                    }`}
                  >
                    {role ?? "not used"}
                  </span>
                </>
              ),
            };
          })}
        />
        <tbody className="divide-y divide-slate-100 bg-white">
          {rows.map((row, position) => (
            <tr key={position} className="align-top">
              {columns.map((column) => {
                const value = Object.hasOwn(row, column) ? (row[column] ?? "") : "";
                return (
                  <td key={column} className="max-w-80 px-3 py-2 text-slate-700" title={value}>
                    {value.length > CELL_CHARS ? `${value.slice(0, CELL_CHARS)}…` : value}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
