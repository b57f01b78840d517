"use client";

import { useEffect, useState } from "react";
import { callApi } from "@/components/ui/call-api";
import { formatCount } from "@/components/ui/format";
import { card, cardTitle, chipButton, select } from "@/components/ui/styles";
import { StartReviewButton } from "@/components/review/start-review-button";
import type { TReviewer } from "@/lib/review/reviewers";
import { pairTitle } from "./format";
import { SampleDetail } from "./sample-detail";
import type { TPairwiseViewJson } from "./types";

export type TSampleFilter = { pair: number; outcome: string; judge: number | null };

type TItem = {
  sampleId: number;
  index: number;
  pairIndex: number;
  outcome: string;
  flipped: boolean;
  question: string;
};

const OUTCOMES = [
  ["", "All"],
  ["wins", "Wins"],
  ["losses", "Losses"],
  ["ties", "Ties"],
  ["flipped", "Flipped"],
  ["failed", "No verdict"],
] as const;

const PAGE = 50;

/** The drill-down: the samples behind a count (pair, outcome, judge), and the one picked, side by side. */
export function PairwiseSamples({
  view,
  filter,
  onFilter,
  reviewers = null,
}: {
  view: TPairwiseViewJson;
  filter: TSampleFilter;
  onFilter: (filter: TSampleFilter) => void;
  reviewers?: TReviewer[] | null;
}) {
  const [items, setItems] = useState<TItem[]>([]);
  const [total, setTotal] = useState(0);
  const [offset, setOffset] = useState(0);
  const [picked, setPicked] = useState<TItem | null>(null);
  const version = view.progress.done;

  useEffect(() => {
    const query = new URLSearchParams({ pair: String(filter.pair), limit: String(PAGE), offset: String(offset) });
    if (filter.outcome) query.set("outcome", filter.outcome);
    if (filter.judge !== null) query.set("judge", String(filter.judge));
    const controller = new AbortController();
    void callApi<{ total: number; items: TItem[] }>(
      `/api/pairwise-judgings/${view.id}/samples?${query}`,
      "GET",
      undefined,
      {
        signal: controller.signal,
      },
    ).then((result) => {
      if (!result.ok) return;
      setItems(result.data.items);
      setTotal(result.data.total);
      setPicked(
        (current) =>
          result.data.items.find((item) => item.sampleId === current?.sampleId) ?? result.data.items[0] ?? null,
      );
    });
    return () => controller.abort();
  }, [view.id, filter.pair, filter.outcome, filter.judge, offset, version]);

  const pair = view.pairs[filter.pair];
  const names = pair
    ? { first: view.contestants[pair.first]!.label, second: view.contestants[pair.second]!.label }
    : null;
  const describe = (item: TItem) =>
    item.outcome === "first"
      ? `${names?.first} wins`
      : item.outcome === "second"
        ? `${names?.second} wins`
        : item.outcome === "tie"
          ? "tie"
          : "no verdict";
  const change = (next: Partial<TSampleFilter>) => {
    setOffset(0);
    onFilter({ ...filter, ...next });
  };

  return (
    <section id="samples" className={`${card} overflow-hidden`} aria-labelledby="samples-title">
      <div className="flex flex-wrap items-end justify-between gap-4 px-5 py-4">
        <div>
          <h2 id="samples-title" className={cardTitle}>
            Samples
          </h2>
          <p className="mt-1 text-sm text-slate-600">{formatCount(total)} matching</p>
        </div>

        <div className="flex flex-wrap items-end gap-3">
          <label className="text-xs text-slate-600">
            Pair
            <select
              className={`${select} mt-1`}
              value={filter.pair}
              onChange={(event) => change({ pair: Number(event.target.value) })}
            >
              {view.pairs.map((entry) => (
                <option key={entry.pairIndex} value={entry.pairIndex}>
                  {pairTitle(view.contestants, entry)}
                </option>
              ))}
            </select>
          </label>
          <label className="text-xs text-slate-600">
            Judge
            <select
              className={`${select} mt-1`}
              value={filter.judge ?? ""}
              onChange={(event) => change({ judge: event.target.value === "" ? null : Number(event.target.value) })}
            >
              <option value="">{view.judges.length > 1 ? "Jury (majority)" : "The judge"}</option>
              {view.judges.length > 1
                ? view.judges.map((judge) => (
                    <option key={judge.index} value={judge.index}>
                      {judge.name}
                    </option>
                  ))
                : null}
            </select>
          </label>
          {reviewers && filter.outcome === "flipped" && total > 0 ? (
            <StartReviewButton
              label="Review these flips"
              reviewers={reviewers}
              body={{
                source: "pairwise-flips",
                pairwiseJudgingId: view.id,
                pairIndex: filter.pair,
                ...(filter.judge === null ? {} : { judgeIndex: filter.judge }),
              }}
            />
          ) : null}
        </div>
      </div>
      <div className="flex flex-wrap gap-2 px-5 pb-4" role="group" aria-label="Outcome">
        {OUTCOMES.map(([value, text]) => (
          <button
            key={value}
            type="button"
            className={chipButton}
            aria-pressed={filter.outcome === value}
            onClick={() => change({ outcome: value })}
          >
            {text}
          </button>
        ))}
      </div>
      <div className="grid border-t border-slate-100 lg:grid-cols-[minmax(0,18rem)_minmax(0,1fr)]">
        <ul
          className="max-h-[40rem] divide-y divide-slate-100 overflow-y-auto border-slate-100 lg:border-r"
          aria-label="Matching samples"
        >
          {items.map((item) => (
            <li key={`${item.sampleId}-${item.pairIndex}`}>
              <button
                type="button"
                aria-current={picked?.sampleId === item.sampleId ? "true" : undefined}
                onClick={() => setPicked(item)}
                className="w-full px-5 py-3 text-left text-sm hover:bg-slate-50 aria-[current=true]:bg-indigo-50"
              >
                <span className="text-xs text-slate-600">#{item.index}</span>{" "}
                <span className="font-medium">{describe(item)}</span>
                {item.flipped ? (
                  <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs text-amber-900">flipped</span>
                ) : null}
                <span className="mt-1 line-clamp-2 block text-slate-600">{item.question}</span>
              </button>
            </li>
          ))}
          {items.length === 0 ? (
            <li className="px-5 py-10 text-center text-sm text-slate-600">No sample matches.</li>
          ) : null}
        </ul>
        <div className="min-w-0 p-5">
          {picked && pair && names ? (
            <SampleDetail view={view} sampleId={picked.sampleId} pairIndex={picked.pairIndex} names={names} />
          ) : (
            <p className="py-10 text-center text-sm text-slate-600">
              Pick a sample to see both answers and the verdicts.
            </p>
          )}
        </div>
      </div>
      {total > PAGE ? (
        <div className="flex items-center justify-between border-t border-slate-100 px-5 py-3 text-sm">
          <button
            type="button"
            className={chipButton}
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - PAGE))}
          >
            Previous
          </button>
          <span className="text-slate-600">
            {offset + 1}–{Math.min(total, offset + PAGE)} of {formatCount(total)}
          </span>
          <button
            type="button"
            className={chipButton}
            disabled={offset + PAGE >= total}
            onClick={() => setOffset(offset + PAGE)}
          >
            Next
          </button>
        </div>
      ) : null}
    </section>
  );
}
