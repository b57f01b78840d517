"use client";

import Link from "next/link";
import { useState } from "react";
import { isActiveStatus } from "@/components/runs/format";
import { ProgressBar } from "@/components/runs/progress-bar";
import { RunStatusPill } from "@/components/runs/run-status-pill";
import { callApi } from "@/components/ui/call-api";
import { formatCount, formatUsd } from "@/components/ui/format";
import { card, secondaryButton, textLink, warningBox } from "@/components/ui/styles";
import { usePolling } from "@/components/ui/use-polling";
import { JudgeDiagnostics } from "./judge-diagnostics";
import { PairResults } from "./pair-results";
import { PairwiseSamples, type TSampleFilter } from "./pairwise-samples";
import { RatingsSection } from "./ratings-section";
import { RejudgeForm } from "./rejudge-form";
import type { TPairwiseViewJson } from "./types";
import type { TReviewer } from "@/lib/review/reviewers";

const read = (json: unknown) => json as TPairwiseViewJson;
const isActive = (view: TPairwiseViewJson) => isActiveStatus(view.status);

/** One pairwise judging: progress, the pairs' results, judge diagnostics, ratings and the drill-down. */
export function PairwiseDetail({
  initial,
  endpoints,
  reviewers = null,
}: {
  initial: TPairwiseViewJson;
  endpoints: { id: string; name: string; model: string }[];
  /** Who the flips' review queue can be assigned to; null for a viewer (no "Review these flips"). */
  reviewers?: TReviewer[] | null;
}) {
  const { value: view, setValue } = usePolling(`/api/pairwise-judgings/${initial.id}`, initial, {
    isActive,
    read,
    intervalMs: 1_500,
  });
  const [filter, setFilter] = useState<TSampleFilter>({ pair: 0, outcome: "", judge: null });
  const [busy, setBusy] = useState(false);
  const control = async (action: "cancel" | "resume") => {
    setBusy(true);
    await callApi(`/api/pairwise-judgings/${view.id}/${action}`, "POST", {});
    const result = await callApi<unknown>(`/api/pairwise-judgings/${view.id}`);
    if (result.ok) setValue(read(result.data));
    setBusy(false);
  };
  const showSamples = (pair: number, outcome: string) => {
    setFilter({ pair, outcome, judge: null });
    document.getElementById("samples")?.scrollIntoView({ behavior: "smooth" });
  };
  const selfPreference = view.judges.filter((judge) => judge.selfPreference.length > 0);

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-6">
        <div className="min-w-0">
          <p className="text-sm text-slate-500">
            <Link href="/pairwise" className="hover:text-indigo-700 hover:underline">
              Head to head
            </Link>{" "}
            <span aria-hidden>/</span>
          </p>
          <div className="mt-1 flex flex-wrap items-center gap-3">
            <h1 className="text-2xl font-semibold tracking-tight">
              {view.contestants.map((entry) => entry.label).join(" vs ")}
            </h1>
            <RunStatusPill status={view.status} />
          </div>
          <p className="mt-1 text-sm text-slate-600">
            {view.dataset.name}
            <span className="mx-2 text-slate-300">·</span>
            judged by {view.judges.map((judge) => judge.name).join(", ")}
            <span className="mx-2 text-slate-300">·</span>
            {view.schedule === "baseline" ? "each against the baseline" : "every pair"}
            {view.rejudgeOfId ? (
              <>
                <span className="mx-2 text-slate-300">·</span>
                <Link href={`/pairwise/${view.rejudgeOfId}`} className={textLink}>
                  re-judge of an earlier judging
                </Link>
              </>
            ) : null}
          </p>
        </div>
        <div className="flex gap-2">
          {isActive(view) ? (
            <button type="button" className={secondaryButton} disabled={busy} onClick={() => void control("cancel")}>
              Cancel
            </button>
          ) : null}
          {view.status === "COMPLETED" ? <RejudgeForm judgingId={view.id} endpoints={endpoints} /> : null}
          {view.status === "CANCELLED" || view.status === "FAILED" ? (
            <button type="button" className={secondaryButton} disabled={busy} onClick={() => void control("resume")}>
              Resume
            </button>
          ) : null}
        </div>
      </header>

      {selfPreference.map((judge) => (
        <p key={judge.index} role="alert" className={warningBox}>
          <strong>Self-preference:</strong> {judge.name} ({judge.model}) judges its own answers (
          {judge.selfPreference.join(", ")}). LLM judges tend to favour their own answers; prefer a juror from another
          family.
        </p>
      ))}
      {view.status === "FAILED" ? (
        <div role="alert" className="rounded-xl border border-rose-200 bg-rose-50 px-5 py-4 text-sm text-rose-900">
          <p className="font-semibold">The judging stopped</p>
          <p className="mt-1 break-words">{view.errorMessage}</p>
        </div>
      ) : null}

      <section className={`${card} px-5 py-4`} aria-label="Progress">
        <div className="flex flex-wrap justify-between gap-2 text-sm text-slate-600">
          <span>
            {formatCount(view.progress.done)} of {formatCount(view.progress.total)} judge calls
          </span>
          <span>
            {formatCount(view.progress.errors)} errors · {formatCount(view.totals.cached)} from cache · cost{" "}
            {formatUsd(view.totals.cost)}
          </span>
        </div>
        <div className="mt-2">
          <ProgressBar
            done={view.progress.done}
            total={view.progress.total}
            errors={view.progress.errors}
            label="Judging progress"
            size="lg"
          />
        </div>
      </section>

      <PairResults view={view} onFilter={showSamples} />
      <JudgeDiagnostics view={view} />
      <RatingsSection contestants={view.contestants} ratings={view.ratings} />
      <PairwiseSamples view={view} filter={filter} onFilter={setFilter} reviewers={reviewers} />

      <details className={`${card} px-5 py-4`}>
        <summary className="cursor-pointer text-sm font-medium text-slate-700">Rubric sent to the judges</summary>
        <pre className="mt-3 text-xs whitespace-pre-wrap break-words text-slate-700">{view.rubric}</pre>
      </details>
    </div>
  );
}
