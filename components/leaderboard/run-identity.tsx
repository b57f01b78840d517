import Link from "next/link";
import type { ReactNode } from "react";
import { TagPills } from "@/components/endpoints/tag-pills";
import { formatShots } from "@/components/runs/format";
import { formatCount } from "@/components/ui/format";
import { ModelId } from "@/components/ui/model-id";

/** The cell class of a number column in the leaderboard tables. */
export const numberCell = "whitespace-nowrap px-2.5 py-3 text-right tabular-nums text-slate-700";

const pill = "rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset";

/** "Running · partial": a row whose numbers will still move. */
export function PartialPill({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <span className={`${pill} bg-amber-50 text-amber-800 ring-amber-600/20 ${className}`.trim()}>{children}</span>;
}

/** A grey pill naming a row that is not a model run (the dataset's reference answers). */
export function NeutralPill({ children }: { children: ReactNode }) {
  return <span className={`${pill} bg-slate-100 text-slate-700 ring-slate-500/20`}>{children}</span>;
}

/**
 * The first cell of a leaderboard row: the endpoint's name (a link to its run) with badges, the model id and shots
 * (plus `note`, e.g. a compare link), and the endpoint's tags.
 */
export function RunIdentity({
  runId,
  endpoint,
  shots,
  badges,
  note,
  verdict,
  detail,
}: {
  runId: string | null;
  endpoint: { name: string; model: string; tags: string[] };
  shots: number;
  badges?: ReactNode;
  note?: ReactNode;
  /** A line under the model id: the test against the best (components/leaderboard/verdict-line.tsx). */
  verdict?: ReactNode;
  /** What follows the model id instead of the shots (an embedding classifier's "fitted on TRAIN"). */
  detail?: ReactNode;
}) {
  return (
    <>
      <div className="flex flex-wrap items-center gap-2">
        {runId === null ? (
          <span className="text-slate-900">{endpoint.name}</span>
        ) : (
          <Link href={`/runs/${runId}`} className="text-slate-900 hover:text-indigo-700 hover:underline">
            {endpoint.name}
          </Link>
        )}
        {badges}
      </div>
      <span className="mt-0.5 block text-xs font-normal text-slate-600">
        <ModelId model={endpoint.model} /> · {detail ?? formatShots(shots)}
        {note}
      </span>
      {verdict}
      {endpoint.tags.length > 0 ? (
        <div className="mt-1.5 font-normal">
          <TagPills tags={endpoint.tags} />
        </div>
      ) : null}
    </>
  );
}

/** "18 / 20": how many of the samples have an answer (or a grade). */
export function AnsweredCell({ done, total, className = "" }: { done: number; total: number; className?: string }) {
  return (
    <td className={`${numberCell} ${className}`.trim()}>
      {formatCount(done)}
      <span className="text-xs text-slate-600"> / {formatCount(total)}</span>
    </td>
  );
}
