import { formatBytes } from "@/components/ui/format";

export type TProgress = { sent: number; total: number; finishing: boolean };

/** Bytes sent, which is rows stored: the server writes rows as the body arrives. */
export function UploadProgress({ progress, fileName }: { progress: TProgress; fileName: string }) {
  const percent = progress.total === 0 ? 0 : Math.min(100, Math.round((progress.sent / progress.total) * 100));
  const label = progress.finishing
    ? "Finishing: drawing the split and saving…"
    : `Uploading and importing ${fileName}: ${formatBytes(progress.sent)} of ${formatBytes(progress.total)}`;
  return (
    <div className="space-y-2" aria-live="polite">
      <div className="flex justify-between text-sm text-slate-700">
        <span>{label}</span>
        <span className="tabular-nums">{percent}%</span>
      </div>
      <div
        role="progressbar"
        aria-label="Upload progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-2.5 overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className={`h-full rounded-full bg-indigo-600 transition-[width] ${progress.finishing ? "animate-pulse" : ""}`}
          style={{ width: `${percent}%` }}
        />
      </div>
    </div>
  );
}
