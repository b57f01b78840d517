"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi } from "@/components/ui/call-api";
import { secondaryButton } from "@/components/ui/styles";

/** Creates a review queue from what the page shows (a drill-down filter, a dataset's conflicts) and opens it. */
export function StartReviewButton({ body, label = "Review these" }: { body: Record<string, unknown>; label?: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function start() {
    setPending(true);
    setError(null);
    const result = await callApi<{ id: string }>("/api/review-queues", "POST", body);
    if (result.ok) router.push(`/review/${result.data.id}`);
    else {
      setPending(false);
      setError(result.error.message);
    }
  }

  return (
    <span className="inline-flex flex-col items-end gap-1">
      <button type="button" className={secondaryButton} disabled={pending} onClick={start}>
        {pending ? "Creating queue…" : label}
      </button>
      {error ? (
        <span role="alert" className="text-xs text-rose-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
