"use client";

import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { callApi } from "@/components/ui/call-api";
import { formatRows } from "@/components/ui/format";
import { ScrollBox } from "@/components/ui/scroll-box";
import { card, errorBox, primaryButton, secondaryButton } from "@/components/ui/styles";
import type { TAcceptResult } from "@/lib/review/accept";
import type { TReviewItemView } from "@/lib/review/item";
import { DecisionList } from "./decision-list";
import { DecisionButtons, PREFERENCES, type TDecisionRequest } from "./decision-buttons";
import { KeyHelp } from "./key-help";
import { NoteBox } from "./note-box";
import { PairAnswers } from "./pair-answers";
import { ReviewProgress } from "./review-progress";
import { useReviewKeys, type TLetter } from "./use-review-keys";

type TAccepted = Omit<TAcceptResult, "version"> & { version: { number: number } };

/**
 * One item at a time, keyboard first: j/k to move, 1-9 to pick a label (or give a grade, or a preference), letters
 * to decide, n for a note. A viewer (`canReview` false) reads the items and their decisions only.
 */
export function ReviewPanel({
  queueId,
  initialPosition,
  canReview,
}: {
  queueId: string;
  initialPosition: number;
  canReview: boolean;
}) {
  const [position, setPosition] = useState(initialPosition);
  const [view, setView] = useState<TReviewItemView | null>(null);
  const [selected, setSelectedState] = useState<string | null>(null);
  // Read by the key handler: a fast "3a" must see the label picked by "3" before React re-renders.
  const selectedRef = useRef<string | null>(null);
  const setSelected = useCallback((label: string | null) => {
    selectedRef.current = label;
    setSelectedState(label);
  }, []);
  const [error, setError] = useState<string | null>(null);
  // A correction to a label outside the set, refused until confirmed ("add a new label").
  const [unknownLabel, setUnknownLabel] = useState<TDecisionRequest | null>(null);
  const [busy, setBusy] = useState(false);
  const [accepted, setAccepted] = useState<TAccepted | null>(null);
  const mode = view?.mode ?? "label";
  const noteRef = useRef<HTMLTextAreaElement>(null);

  // Bumped to read the same item again (after an undo, or a decision on the last item).
  const [reloads, setReloads] = useState(0);
  useEffect(() => {
    let current = true;
    void callApi<TReviewItemView>(`/api/review-queues/${queueId}/items?position=${position}`).then((result) => {
      if (!current) return;
      if (!result.ok) return setError(result.error.message);
      setView(result.data);
      setError(null);
      setUnknownLabel(null);
      setSelected(result.data.mine?.label ?? null);
      window.history.replaceState(null, "", `?position=${result.data.position}`);
    });
    return () => {
      current = false;
    };
  }, [queueId, position, reloads, setSelected]);

  const total = view?.queue.itemCount ?? 0;
  // Relative moves update from the latest position, so keys pressed faster than a render all count.
  const move = useCallback(
    (delta: number) => setPosition((at) => Math.max(0, Math.min(at + delta, Math.max(total - 1, 0)))),
    [total],
  );

  const decide = useCallback(
    async (request: TDecisionRequest): Promise<boolean> => {
      if (!view || busy || !canReview) return false;
      setBusy(true);
      setError(null);
      setUnknownLabel(null);
      const result = await callApi(`/api/review-queues/${queueId}/decisions`, "POST", {
        sampleId: view.item.sampleId,
        ...request,
      });
      setBusy(false);
      if (!result.ok) {
        setError(result.error.message);
        if (result.error.code === "label_not_in_set") setUnknownLabel(request);
        return false;
      }
      const stay = request.kind === "UNDO" || request.kind === "NOTE" || view.position >= total - 1;
      if (stay) setReloads((n) => n + 1);
      else setPosition(view.position + 1);
      return true;
    },
    [view, busy, queueId, total, canReview],
  );

  // The caller's next open item (dealt to them or to nobody, not decided by them), after this one, else from the top.
  const seekOpen = useCallback(async () => {
    const url = (from: number) => `/api/review-queues/${queueId}/items?position=${from}&seek=open`;
    let result = await callApi<TReviewItemView>(url(position + 1));
    if (!result.ok && result.error.code === "no_open_item") result = await callApi<TReviewItemView>(url(0));
    if (result.ok) setPosition(result.data.position);
    else setError(result.error.code === "no_open_item" ? "Nothing left for you in this queue." : result.error.message);
  }, [queueId, position]);

  const keys = useMemo(
    () => ({
      next: () => move(1),
      previous: () => move(-1),
      digit: (n: number) => {
        if (mode === "grade") return void decide({ kind: "GRADE", grade: n });
        if (mode === "prefer") {
          const preference = PREFERENCES[n - 1];
          return void (preference && decide({ kind: "PREFER", label: preference.label }));
        }
        const label = view?.queue.labels[n - 1];
        if (label) setSelected(label);
      },
      letter: (key: TLetter) => {
        if (key === "n") return noteRef.current?.focus();
        if (key === "o") return void seekOpen();
        if (key === "u") return void decide({ kind: "UNDO" });
        if (mode !== "label") return;
        if (key === "c") void decide({ kind: "CONFIRM" });
        if (key === "x") void decide({ kind: "EXCLUDE" });
        const label = selectedRef.current;
        if ((key === "r" || key === "a") && label) void decide({ kind: key === "r" ? "RELABEL" : "ALIAS", label });
      },
    }),
    [move, mode, decide, view, setSelected, seekOpen],
  );
  useReviewKeys(keys);

  async function accept() {
    setBusy(true);
    setError(null);
    const result = await callApi<TAccepted>(`/api/review-queues/${queueId}/accept`, "POST");
    setBusy(false);
    if (result.ok) setAccepted(result.data);
    else setError(result.error.message);
  }

  if (!view) return error ? <p className={errorBox}>{error}</p> : <p className="text-sm text-slate-500">Loading…</p>;
  const { item, queue } = view;
  const caption = "text-xs font-medium uppercase tracking-wide text-slate-500";
  return (
    <div className="space-y-5">
      <KeyHelp mode={mode} />
      <div className="flex flex-wrap items-center justify-between gap-4">
        <ReviewProgress view={view} />
        <div className="flex flex-wrap items-center gap-2">
          <button type="button" className={secondaryButton} onClick={() => move(-1)} disabled={position === 0}>
            ← Previous <kbd className="text-xs text-slate-500">k</kbd>
          </button>
          <button type="button" className={secondaryButton} onClick={() => move(1)} disabled={position >= total - 1}>
            Next <kbd className="text-xs text-slate-500">j</kbd> →
          </button>
          {canReview ? (
            <button type="button" className={secondaryButton} onClick={() => void seekOpen()}>
              My next open item <kbd className="text-xs text-slate-500">o</kbd>
            </button>
          ) : null}
          <Link href={`/review/${queueId}/agreement`} className={secondaryButton}>
            Agreement and export
          </Link>
          {canReview && mode === "label" ? (
            <button type="button" className={primaryButton} onClick={accept} disabled={busy}>
              Accept as new version
            </button>
          ) : null}
        </div>
      </div>
      {accepted ? (
        <p
          role="status"
          className="rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900"
        >
          Version {accepted.version.number} created: {accepted.relabelled} relabelled, {accepted.excluded} excluded,{" "}
          {accepted.aliases} {accepted.aliases === 1 ? "alias" : "aliases"}
          {accepted.conflicts.length > 0
            ? `; ${formatRows(accepted.conflicts.length, "item")} in conflict left out`
            : ""}
          .{" "}
          <Link href={`/leaderboard?datasetId=${queue.datasetId}`} className="font-medium underline">
            See every run re-scored on it
          </Link>
        </p>
      ) : null}
      {error ? (
        <div role="alert" className={`${errorBox} flex flex-wrap items-center justify-between gap-3`}>
          <span>{error}</span>
          {unknownLabel ? (
            <button
              type="button"
              className={secondaryButton}
              disabled={busy}
              onClick={() => void decide({ ...unknownLabel, newLabel: true })}
            >
              Add &ldquo;{unknownLabel.label}&rdquo; as a new label
            </button>
          ) : null}
        </div>
      ) : null}
      {!canReview ? (
        <p className="text-sm text-slate-600">You can read this queue; analysts and admins decide its items.</p>
      ) : null}
      <section aria-label={`Item ${view.position + 1}`} className={`${card} grid gap-6 p-5 lg:grid-cols-[2fr_1fr]`}>
        <div className="min-w-0 space-y-4">
          <div>
            <h2 id="review-input" className={caption}>
              Input (sample {item.index + 1})
            </h2>
            <ScrollBox
              labelledBy="review-input"
              className="mt-1 max-h-64 overflow-y-auto whitespace-pre-wrap text-sm text-slate-900"
            >
              {item.input}
            </ScrollBox>
          </div>
          <dl className="grid grid-cols-2 gap-4 text-sm">
            <div className={mode === "label" ? "" : "col-span-2"}>
              <dt className={caption}>{mode === "label" ? "Expected" : "Reference answer"}</dt>
              {mode === "label" ? (
                <dd className="mt-1 font-medium text-slate-900" data-testid="expected">
                  {item.expected}
                </dd>
              ) : (
                <dd>
                  <ScrollBox
                    label="Reference answer"
                    testId="expected"
                    className="mt-1 max-h-40 overflow-y-auto whitespace-pre-wrap text-sm text-slate-700"
                  >
                    {item.expected}
                  </ScrollBox>
                </dd>
              )}
            </div>
            {item.rawText !== null && !view.pair ? (
              <div>
                <dt className={caption}>Answer {item.valid === false ? "(invalid)" : ""}</dt>
                <dd className="mt-1 font-medium text-slate-900" data-testid="answer">
                  {item.rawText}
                </dd>
              </div>
            ) : null}
          </dl>
          {view.pair ? <PairAnswers pair={view.pair} /> : null}
          {canReview ? (
            <>
              <DecisionButtons
                key={`buttons-${item.sampleId}`}
                labels={queue.labels}
                mode={mode}
                grades={mode === "grade" ? { min: queue.scaleMin ?? 1, max: queue.scaleMax ?? 10 } : null}
                selected={selected}
                onSelect={setSelected}
                onDecide={decide}
                busy={busy}
                mine={view.mine}
              />
              <NoteBox
                key={`note-${item.sampleId}`}
                ref={noteRef}
                busy={busy}
                onNote={(note) => decide({ kind: "NOTE", note })}
              />
            </>
          ) : null}
        </div>
        <div className="space-y-2 border-t border-slate-100 pt-4 lg:border-l lg:border-t-0 lg:pl-6 lg:pt-0">
          {item.assigneeName ? (
            <p className="text-sm text-slate-600">
              Assigned to <span className="font-medium text-slate-900">{item.assigneeName}</span>
            </p>
          ) : null}
          <h2 className={caption}>Decisions</h2>
          <DecisionList decisions={view.decisions} />
          {view.verdict === "conflict" ? (
            <p className="text-sm font-medium text-amber-800">
              Reviewers disagree on this item: both decisions are kept.
            </p>
          ) : null}
        </div>
      </section>
    </div>
  );
}
