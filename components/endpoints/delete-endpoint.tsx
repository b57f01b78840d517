"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { describeUsage } from "@/lib/endpoints/usage";
import type { TEndpointView } from "@/lib/endpoints/view";
import { callApi } from "@/components/ui/call-api";
import { dangerButton, secondaryButton } from "./styles";

/** Delete with a confirmation dialog. Endpoints that runs or judgings use cannot be deleted; the reason is shown. */
export function DeleteEndpoint({ endpoint }: { endpoint: Pick<TEndpointView, "id" | "name" | "usage"> }) {
  const router = useRouter();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const usage = describeUsage(endpoint.usage);

  async function confirmDelete() {
    setDeleting(true);
    const result = await callApi<null>(`/api/endpoints/${endpoint.id}`, "DELETE");
    if (result.ok) {
      router.push("/models");
      router.refresh();
      return;
    }
    setDeleting(false);
    setError(result.error.message);
  }

  return (
    <div>
      {usage ? (
        <p className="text-sm text-slate-600">
          Used by {usage}. Delete those first: their results would lose the model they came from.
        </p>
      ) : null}
      <button
        type="button"
        className={`${dangerButton} ${usage ? "mt-3" : ""}`}
        disabled={usage !== null}
        onClick={() => dialogRef.current?.showModal()}
      >
        Delete model
      </button>
      <dialog
        ref={dialogRef}
        aria-labelledby="delete-endpoint-title"
        className="m-auto w-full max-w-md rounded-xl border border-slate-200 bg-white p-6 shadow-xl backdrop:bg-slate-900/40"
        onClose={() => setError(null)}
      >
        <h2 id="delete-endpoint-title" className="text-base font-semibold text-slate-900">
          Delete “{endpoint.name}”?
        </h2>
        <p className="mt-2 text-sm text-slate-600">
          The endpoint and its encrypted key are removed. This cannot be undone.
        </p>
        {error ? (
          <p role="alert" className="mt-3 rounded-lg border border-rose-200 bg-rose-50 px-3 py-2 text-sm text-rose-800">
            {error}
          </p>
        ) : null}
        <div className="mt-6 flex justify-end gap-3">
          <button type="button" className={secondaryButton} onClick={() => dialogRef.current?.close()} autoFocus>
            Cancel
          </button>
          <button type="button" className={dangerButton} onClick={confirmDelete} disabled={deleting}>
            {deleting ? "Deleting…" : "Delete"}
          </button>
        </div>
      </dialog>
    </div>
  );
}
