"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi } from "@/components/ui/call-api";
import { card, cardTitle, errorBox, hint, label, primaryButton, select } from "@/components/ui/styles";

export type TEmbeddingEndpointOption = { id: string; name: string; model: string };

/**
 * Starts an embedding-classifier run on a classification dataset: the chosen endpoint's embeddings of TRAIN fit a
 * logistic regression, which then answers TEST as a run of its own (POST /api/runs/embedding-classifier).
 */
export function StartClassifierRun({
  datasetId,
  endpoints,
}: {
  datasetId: string;
  endpoints: TEmbeddingEndpointOption[];
}) {
  const router = useRouter();
  const [endpointId, setEndpointId] = useState(endpoints[0]?.id ?? "");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function start(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const result = await callApi<{ id: string }>("/api/runs/embedding-classifier", "POST", { datasetId, endpointId });
    if (result.ok) router.push(`/runs/${result.data.id}`);
    else {
      setPending(false);
      setError(result.error.message);
    }
  }

  return (
    <section aria-labelledby="classifier-run-title" className={`${card} p-6`}>
      <h2 id="classifier-run-title" className={cardTitle}>
        Embedding classifier
      </h2>
      <p className="mt-1 max-w-3xl text-sm text-slate-600">
        Instead of asking a model for the label, classify its representation of the text: embeddings of TRAIN (from any
        endpoint serving the OpenAI embeddings API) fit a logistic regression, its regularisation chosen by
        cross-validation on TRAIN, which labels TEST as a run of its own on the leaderboard. Embeddings are cached, so
        nothing is paid twice.
      </p>
      {endpoints.length === 0 ? (
        <p className="mt-4 text-sm text-slate-600">Add a model endpoint that serves embeddings first.</p>
      ) : (
        <form onSubmit={start} className="mt-4 flex flex-wrap items-end gap-4">
          <div className="min-w-72 max-w-xl flex-1">
            <label htmlFor="classifier-endpoint" className={label}>
              Embeddings endpoint
            </label>
            <select
              id="classifier-endpoint"
              className={`${select} mt-1`}
              value={endpointId}
              onChange={(event) => setEndpointId(event.target.value)}
            >
              {endpoints.map((endpoint) => (
                <option key={endpoint.id} value={endpoint.id}>
                  {endpoint.name} ({endpoint.model})
                </option>
              ))}
            </select>
            <p className={hint}>It must answer POST /embeddings with its model.</p>
          </div>
          <button type="submit" className={primaryButton} disabled={pending || endpointId === ""}>
            {pending ? "Queueing…" : "Fit and score TEST"}
          </button>
        </form>
      )}
      {error ? (
        <p role="alert" className={`${errorBox} mt-4`}>
          {error}
        </p>
      ) : null}
    </section>
  );
}
