import { formatCount } from "@/components/ui/format";
import { computeProgress } from "./format";

/** done / total as a bar; errors are shown as a rose segment at the end of the done part. */
export function ProgressBar({
  done,
  total,
  errors = 0,
  label,
  size = "sm",
  unit = "samples",
}: {
  done: number;
  total: number;
  errors?: number;
  label: string;
  size?: "sm" | "lg";
  /** What done and total count, for screen readers. */
  unit?: string;
}) {
  const share = computeProgress(done, total);
  const errorShare = computeProgress(Math.min(errors, done), total);
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={Math.min(done, total)}
      aria-valuetext={`${formatCount(done)} of ${formatCount(total)} ${unit}`}
      className={`flex w-full overflow-hidden rounded-full bg-slate-100 ${size === "lg" ? "h-3" : "h-1.5"}`}
    >
      <div
        className="h-full bg-indigo-500 transition-[width] duration-500"
        style={{ width: `${(share - errorShare) * 100}%` }}
      />
      <div className="h-full bg-rose-400 transition-[width] duration-500" style={{ width: `${errorShare * 100}%` }} />
    </div>
  );
}
