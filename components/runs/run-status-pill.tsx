import { formatStatus, type TRunStatus } from "./format";

const tones: Record<TRunStatus, string> = {
  QUEUED: "bg-slate-100 text-slate-700 ring-slate-500/20",
  RUNNING: "bg-indigo-50 text-indigo-700 ring-indigo-600/20",
  COMPLETED: "bg-emerald-50 text-emerald-700 ring-emerald-600/20",
  FAILED: "bg-rose-50 text-rose-700 ring-rose-600/20",
  CANCELLED: "bg-amber-50 text-amber-800 ring-amber-600/20",
};

export function RunStatusPill({ status }: { status: TRunStatus }) {
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset ${tones[status]}`}
    >
      <span aria-hidden className={`size-1.5 rounded-full bg-current ${status === "RUNNING" ? "animate-pulse" : ""}`} />
      {formatStatus(status)}
    </span>
  );
}
