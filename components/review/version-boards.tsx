import Link from "next/link";
import { IntervalCell } from "@/components/leaderboard/interval-cell";
import { TableHead, type TColumn } from "@/components/ui/table-head";
import { card, cardTitle } from "@/components/ui/styles";
import { formatCount, formatDateTime } from "@/components/ui/format";
import type { TVersionBoard } from "@/lib/versions/board";
import { isClassifierRun } from "@/lib/embedding-classifier/naming";

const COLUMNS: TColumn[] = [
  { key: "model", label: "Run" },
  { key: "scoring", label: "Scored" },
  { key: "answered", label: "Answered", align: "right" },
  { key: "correct", label: "Correct / valid", align: "right" },
  { key: "validAccuracy", label: "Valid accuracy", align: "right" },
  { key: "accuracy", label: "Accuracy", align: "right" },
  { key: "macroF1", label: "Macro-F1", align: "right" },
  {
    key: "aliases",
    label: "Valid accuracy with reviewed aliases",
    align: "right",
    className: "max-w-48",
    title: "A second figure: invalid answers that reviewers aliased to a label count as that label.",
  },
];

/** The run's model, linked to the run, and how it answered (k-shot, or an embedding classifier). */
function RunNameCell({ row }: { row: { runId: string; endpointName: string; shots: number; method?: string | null } }) {
  return (
    <td className="whitespace-nowrap px-2.5 py-3 pl-4">
      <Link href={`/runs/${row.runId}`} className="font-medium text-slate-900 hover:underline">
        {row.endpointName}
      </Link>
      <span className="ml-1 text-xs text-slate-500">{isClassifierRun(row) ? "embeddings" : `${row.shots}-shot`}</span>
    </td>
  );
}

function VersionCaption({ board }: { board: TVersionBoard }) {
  const changes =
    board.number === 1
      ? "as uploaded"
      : `${board.origin === "REVIEW" ? "from a review" : "from a re-upload"}: ` +
        `${formatCount(board.relabelledCount)} relabelled, ${formatCount(board.excludedCount)} excluded, ` +
        `${formatCount(board.aliasCount)} ${board.aliasCount === 1 ? "alias" : "aliases"}`;
  return (
    <p className="text-xs text-slate-500">
      {changes} · hash <code className="font-mono">{board.contentHash.slice(0, 12)}</code> ·{" "}
      {formatDateTime(board.createdAt)}
    </p>
  );
}

/**
 * Per dataset version, every finished run scored on it: natively, or re-scored from its stored answers (no model
 * call). The raw figures are the headline; the alias figure is a separate, labelled column.
 */
export function VersionBoards({ boards }: { boards: TVersionBoard[] }) {
  return (
    <section aria-labelledby="versions-title" className={`${card} mt-8 p-5`}>
      <h2 id="versions-title" className={cardTitle}>
        Dataset versions
      </h2>
      <p className="mt-1 max-w-3xl text-sm text-slate-600">
        Reviewed or re-uploaded label corrections and exclusions make a new version; the workers re-score every past run
        on it from its stored answers, without calling a model.
      </p>
      {boards.map((board) => (
        <div key={board.id} className="mt-5" data-testid={`version-${board.number}`}>
          <h3 className="text-sm font-semibold text-slate-900">Version {board.number}</h3>
          <VersionCaption board={board} />
          <div className="mt-2 overflow-x-auto">
            <table className="min-w-full text-sm">
              <TableHead columns={COLUMNS} variant="dense" className="text-left" />
              <tbody className="divide-y divide-slate-100">
                {board.rows.map((row) => (
                  <tr key={row.runId} data-testid={`version-${board.number}-run-${row.runId}`}>
                    <RunNameCell row={row} />
                    <td className="px-2.5 py-3">
                      <span
                        className={`whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${row.scoring === "native" ? "bg-emerald-50 text-emerald-800 ring-emerald-200" : "bg-sky-50 text-sky-800 ring-sky-200"}`}
                      >
                        {row.scoring}
                      </span>
                    </td>
                    <td className="px-2.5 py-3 text-right tabular-nums">
                      {formatCount(row.answered)}
                      {row.excluded > 0 ? (
                        <span className="block text-xs text-slate-500">{formatCount(row.excluded)} excluded</span>
                      ) : null}
                    </td>
                    <td className="px-2.5 py-3 text-right tabular-nums" data-testid="correct-valid">
                      {formatCount(row.correct)} / {formatCount(row.valid)}
                    </td>
                    <IntervalCell interval={row.validAccuracy} kind="percent" />
                    <IntervalCell interval={row.accuracy} kind="percent" />
                    <IntervalCell interval={row.macroF1} kind="score" />
                    <IntervalCell interval={row.validAccuracyWithAliases} kind="percent" />
                  </tr>
                ))}
                {board.pending.map((row) => (
                  <tr key={row.runId} data-testid={`version-${board.number}-pending-${row.runId}`}>
                    <RunNameCell row={row} />
                    <td className="px-2.5 py-3" colSpan={COLUMNS.length - 1}>
                      <span className="text-xs text-slate-500">
                        {row.scoring === "native" ? "Scoring" : "Re-scoring"} from the stored answers…
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ))}
    </section>
  );
}
