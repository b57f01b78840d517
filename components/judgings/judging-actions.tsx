"use client";

import { useState } from "react";
import { callApi } from "@/components/ui/call-api";
import { secondaryButton } from "@/components/ui/styles";
import type { TJudgingViewJson } from "./types";

/** Cancel while queued or running; resume after a cancel or a failure (judgements already made are kept). */
export function JudgingActions({ judging, onChange }: { judging: TJudgingViewJson; onChange: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const active = judging.status === "QUEUED" || judging.status === "RUNNING";
  const resumable = judging.status === "CANCELLED" || judging.status === "FAILED";
  if (!active && !resumable) return null;

  async function send(action: "cancel" | "resume") {
    setBusy(true);
    setError(null);
    const result = await callApi<unknown>(`/api/judgings/${judging.id}/${action}`, "POST");
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    onChange();
  }

  return (
    <div className="flex flex-col items-end gap-1">
      <button
        type="button"
        className={secondaryButton}
        disabled={busy}
        onClick={() => send(active ? "cancel" : "resume")}
      >
        {active ? "Cancel judging" : "Resume judging"}
      </button>
      {error ? <p className="text-xs text-rose-700">{error}</p> : null}
    </div>
  );
}
