"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi } from "@/components/ui/call-api";
import { errorBox, secondaryButton } from "@/components/ui/styles";

type TEndpoint = { id: string; name: string; model: string };

/** Re-judge the same comparison with another jury: a new pairwise judging; no answering model is called. */
export function RejudgeForm({ judgingId, endpoints }: { judgingId: string; endpoints: TEndpoint[] }) {
  const router = useRouter();
  const [picked, setPicked] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit() {
    setBusy(true);
    const result = await callApi<{ id: string }>(`/api/pairwise-judgings/${judgingId}/rejudge`, "POST", {
      judgeEndpointIds: picked,
    });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    router.push(`/pairwise/${result.data.id}`);
  }
  return (
    <details className="relative">
      <summary className={`${secondaryButton} cursor-pointer list-none`}>Re-judge…</summary>
      <div className="absolute right-0 z-10 mt-2 w-80 space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-lg">
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">Another jury</legend>
          <div className="mt-2 max-h-56 space-y-1 overflow-y-auto">
            {endpoints.map((endpoint) => (
              <label key={endpoint.id} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  checked={picked.includes(endpoint.id)}
                  onChange={() =>
                    setPicked(
                      picked.includes(endpoint.id)
                        ? picked.filter((id) => id !== endpoint.id)
                        : [...picked, endpoint.id],
                    )
                  }
                />
                {endpoint.name}
              </label>
            ))}
          </div>
        </fieldset>
        <p className="text-xs text-slate-500">The stored answers are judged again: no answering model is called.</p>
        {error ? <p className={errorBox}>{error}</p> : null}
        <button
          type="button"
          className={secondaryButton}
          disabled={busy || picked.length === 0}
          onClick={() => void submit()}
        >
          Start the re-judge
        </button>
      </div>
    </details>
  );
}
