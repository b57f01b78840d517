"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { callApi } from "@/components/ui/call-api";
import { formatRows } from "@/components/ui/format";
import { dangerButton, input, label, secondaryButton } from "./styles";

/** Deleting removes every row and every run on the dataset: the analyst types the name to confirm. */
export function DeleteDataset({ dataset }: { dataset: { id: string; name: string; rowCount: number } }) {
  const router = useRouter();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputId = useId();
  const [typed, setTyped] = useState("");
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirmDelete() {
    setDeleting(true);
    setError(null);
    const result = await callApi<null>(`/api/datasets/${dataset.id}`, "DELETE");
    if (result.ok) {
      router.push("/datasets");
      router.refresh();
      return;
    }
    setDeleting(false);
    setError(result.error.message);
  }

  return (
    <div>
      <button type="button" className={dangerButton} onClick={() => dialogRef.current?.showModal()}>
        Delete dataset
      </button>
      <dialog
        ref={dialogRef}
        aria-labelledby="delete-dataset-title"
        className="m-auto w-full max-w-md rounded-xl border border-slate-200 bg-white p-6 shadow-xl backdrop:bg-slate-900/40"
        onClose={() => {
          setTyped("");
          setError(null);
        }}
      >
        <h2 id="delete-dataset-title" className="text-base font-semibold text-slate-900">
          Delete “{dataset.name}”?
        </h2>
        <p className="mt-2 text-sm text-slate-600">
          Its {formatRows(dataset.rowCount)}, and every run, output and judgement on it, are removed. This cannot be
          undone.
        </p>
        <label htmlFor={inputId} className={`${label} mt-4`}>
          Type the dataset name to confirm
        </label>
        <input
          id={inputId}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          className={`${input} mt-1.5`}
          autoComplete="off"
        />
        {error ? (
          <p role="alert" className="mt-3 rounded-lg border border-rose-200 bg-rose-50 px-3 py-2 text-sm text-rose-800">
            {error}
          </p>
        ) : null}
        <div className="mt-6 flex justify-end gap-3">
          <button type="button" className={secondaryButton} onClick={() => dialogRef.current?.close()}>
            Cancel
          </button>
          <button
            type="button"
            className={dangerButton}
            onClick={confirmDelete}
            disabled={deleting || typed !== dataset.name}
          >
            {deleting ? "Deleting…" : "Delete"}
          </button>
        </div>
      </dialog>
    </div>
  );
}
