"use client";

import { useRef, useState } from "react";
import { callApi } from "@/components/ui/call-api";
import { primaryButton, secondaryButton } from "@/components/endpoints/styles";
import { formatCount } from "@/components/ui/format";
import { isActiveStatus } from "./format";
import type { TRunViewJson } from "./types";

type TAction = "cancel" | "resume" | "rerun-failed";

/** Cancel a running run, resume a stopped one, or re-run the samples whose calls failed (after a confirmation). */
export function RunActions({ run, onChange }: { run: TRunViewJson; onChange: (run: TRunViewJson) => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [pending, setPending] = useState<TAction | null>(null);
  const [error, setError] = useState<string | null>(null);
  const active = isActiveStatus(run.status);
  const canResume = run.status === "CANCELLED" || run.status === "FAILED";
  const canRerun = !active && run.progress.errors > 0;

  async function perform(action: TAction) {
    setPending(action);
    setError(null);
    const result = await callApi<TRunViewJson>(`/api/runs/${run.id}/${action}`, "POST");
    setPending(null);
    dialogRef.current?.close();
    if (result.ok) onChange(result.data);
    else setError(result.error.message);
  }

  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex flex-wrap gap-2">
        {active ? (
          <button
            type="button"
            className={secondaryButton}
            disabled={pending !== null}
            onClick={() => perform("cancel")}
          >
            {pending === "cancel" ? "Cancelling…" : "Cancel run"}
          </button>
        ) : null}
        {canResume ? (
          <button type="button" className={primaryButton} disabled={pending !== null} onClick={() => perform("resume")}>
            {pending === "resume" ? "Resuming…" : "Resume"}
          </button>
        ) : null}
        {canRerun ? (
          <button
            type="button"
            className={secondaryButton}
            disabled={pending !== null}
            onClick={() => dialogRef.current?.showModal()}
          >
            Re-run failed samples
          </button>
        ) : null}
      </div>
      {error ? (
        <p role="alert" className="max-w-sm text-right text-sm text-rose-700">
          {error}
        </p>
      ) : null}
      <dialog
        ref={dialogRef}
        aria-labelledby="rerun-title"
        className="m-auto w-full max-w-md rounded-xl border border-slate-200 bg-white p-6 shadow-xl backdrop:bg-slate-900/40"
      >
        <h2 id="rerun-title" className="text-base font-semibold text-slate-900">
          Re-run {formatCount(run.progress.errors)} failed sample{run.progress.errors === 1 ? "" : "s"}?
        </h2>
        <p className="mt-2 text-sm text-slate-600">
          Their error records are deleted and the samples are sent to the model again. Answers already received, valid
          or not, are kept and not paid for twice.
        </p>
        <div className="mt-6 flex justify-end gap-3">
          <button type="button" className={secondaryButton} onClick={() => dialogRef.current?.close()} autoFocus>
            Keep as is
          </button>
          <button
            type="button"
            className={primaryButton}
            disabled={pending !== null}
            onClick={() => perform("rerun-failed")}
          >
            {pending === "rerun-failed" ? "Starting…" : "Re-run"}
          </button>
        </div>
      </dialog>
    </div>
  );
}
