"use client";

import { useRouter } from "next/navigation";
import { usePollingLoop } from "@/components/ui/use-polling";

/**
 * Re-renders the server page on an interval while any run of the board is queued or running, so partial rows and
 * charts fill in; renders nothing and costs nothing once every run has finished (the refreshed page passes false).
 */
export function LiveRefresh({
  active,
  intervalMs = 3000,
  message = "Runs in progress: updating live",
}: {
  active: boolean;
  intervalMs?: number;
  message?: string;
}) {
  const router = useRouter();
  usePollingLoop(active, intervalMs, () => {
    // A hidden tab does not need fresh numbers; it refreshes on the next tick after it becomes visible.
    if (document.visibilityState === "visible") router.refresh();
  });
  if (!active) return null;
  return (
    <p role="status" className="flex items-center gap-2 text-xs text-slate-500">
      <span aria-hidden className="size-2 animate-pulse rounded-full bg-amber-500" />
      {message}
    </p>
  );
}
