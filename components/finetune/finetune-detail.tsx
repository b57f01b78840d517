"use client";

import Link from "next/link";
import { useState } from "react";
import { RunStatusPill } from "@/components/runs/run-status-pill";
import { callApi } from "@/components/ui/call-api";
import { formatCount, formatDateTime, formatUsd } from "@/components/ui/format";
import { card, cardTitle, errorBox, secondaryButton, textLink, warningBox } from "@/components/ui/styles";
import { usePolling } from "@/components/ui/use-polling";
import type { TFineTuneView } from "@/lib/finetune/view";
import { LossChart } from "./loss-chart";

const isActive = (view: TFineTuneView) => view.status === "QUEUED" || view.status === "RUNNING";

/** The job page: status, what the provider last said (and when), the loss chart, the events, and the result. */
export function FineTuneDetail({ initial }: { initial: TFineTuneView }) {
  const { value: polled } = usePolling(`/api/finetunes/${initial.id}`, initial, {
    isActive,
    read: (json) => json as TFineTuneView,
    intervalMs: 2_000,
  });
  const [override, setOverride] = useState<TFineTuneView | null>(null);
  const view = override && override.status !== polled.status && !isActive(override) ? override : polled;
  const [error, setError] = useState<string | null>(null);

  async function cancel() {
    const result = await callApi<TFineTuneView>(`/api/finetunes/${view.id}/cancel`, "POST");
    if (result.ok) setOverride(result.data);
    else setError(result.error.message);
  }

  return (
    <div className="space-y-6">
      <section aria-labelledby="ft-status" className={`${card} space-y-4 p-6`}>
        <div className="flex items-center justify-between gap-4">
          <h2 id="ft-status" className={`${cardTitle} flex items-center gap-3`}>
            Status <RunStatusPill status={view.status as "QUEUED"} />
          </h2>
          {isActive(view) ? (
            <button type="button" className={secondaryButton} onClick={cancel}>
              Cancel fine-tune
            </button>
          ) : null}
        </div>
        <dl className="grid grid-cols-2 gap-4 text-sm md:grid-cols-4">
          <Fact term="Provider status" value={view.providerStatus ?? "not created yet"} />
          <Fact term="Last heard from provider" value={view.lastHeardAt ? formatDateTime(view.lastHeardAt) : "never"} />
          <Fact
            term="Training rows"
            value={`${formatCount(view.trainingRows)} (+${formatCount(view.validationRows)} validation)`}
          />
          <Fact term="Training tokens (est.)" value={formatCount(view.trainingTokens)} />
          <Fact term="Estimated cost" value={formatUsd(view.estimatedCost)} />
          <Fact term="Provider job" value={view.providerJobId ?? "—"} />
          <Fact term="Fine-tuned model" value={view.fineTunedModel ?? "—"} />
          <Fact term="Base model" value={view.provider.model} />
        </dl>
        {view.lastPollError && isActive(view) ? (
          <p className={warningBox}>Retrying with backoff: {view.lastPollError}</p>
        ) : null}
        {view.errorMessage ? (
          <p role="alert" className={errorBox}>
            {view.errorMessage}
          </p>
        ) : null}
        {error ? (
          <p role="alert" className={errorBox}>
            {error}
          </p>
        ) : null}
      </section>
      {view.resultEndpoint ? (
        <section aria-labelledby="ft-result" className={`${card} space-y-2 p-6`}>
          <h2 id="ft-result" className={cardTitle}>
            Result
          </h2>
          <p className="text-sm text-slate-700">
            Registered as{" "}
            <Link className={textLink} href={`/models/${view.resultEndpoint.id}`}>
              {view.resultEndpoint.name}
            </Link>
            {view.runs.length > 0 ? ", evaluated by " : "."}
            {view.runs.map((run, index) => (
              <span key={run.id}>
                {index > 0 ? ", " : ""}
                <Link className={textLink} href={`/runs/${run.id}`}>
                  run {index + 1}
                </Link>{" "}
                <RunStatusPill status={run.status as "QUEUED"} />
              </span>
            ))}
            {" · "}
            <Link className={textLink} href={`/leaderboard?datasetId=${view.dataset.id}`}>
              Leaderboard
            </Link>
          </p>
        </section>
      ) : null}
      <section aria-labelledby="ft-loss" className={`${card} p-6`}>
        <h2 id="ft-loss" className={cardTitle}>
          Loss
        </h2>
        {view.losses.length > 0 ? (
          <div className="mt-4">
            <LossChart points={view.losses} />
          </div>
        ) : (
          <p className="mt-1 text-sm text-slate-600">No loss reported yet.</p>
        )}
      </section>
      <section aria-labelledby="ft-events" className={`${card} p-6`}>
        <h2 id="ft-events" className={cardTitle}>
          Provider events
        </h2>
        <ol className="mt-3 divide-y divide-slate-100 text-sm">
          {view.events.map((event) => (
            <li key={event.id} className="flex gap-4 py-1.5">
              <span className="w-44 shrink-0 tabular-nums text-slate-500">{formatDateTime(event.at)}</span>
              <span className={event.level === "error" ? "text-rose-700" : "text-slate-800"}>{event.message}</span>
            </li>
          ))}
          {view.events.length === 0 ? <li className="py-1.5 text-slate-600">None yet.</li> : null}
        </ol>
      </section>
    </div>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-slate-500">{term}</dt>
      <dd className="mt-0.5 truncate font-medium text-slate-900" title={value}>
        {value}
      </dd>
    </div>
  );
}
