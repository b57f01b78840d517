"use client";

import { useEffect, useState } from "react";
import { callApi } from "@/components/ui/call-api";
import { card, chipButton, secondaryButton } from "@/components/ui/styles";
import type { TJudgementItem } from "@/lib/judging/judgements";
import { ScrollBox } from "@/components/ui/scroll-box";

type TShow = "all" | "scored" | "failures" | "errors";
type TPage = { items: TJudgementItem[]; nextCursor: number | null };

const FILTERS: { value: TShow; label: string }[] = [
  { value: "all", label: "All" },
  { value: "scored", label: "Graded" },
  { value: "failures", label: "Parse failures" },
  { value: "errors", label: "API errors" },
];

/** Per-answer judgements: grade, the judge's explanation and raw reply, the answer graded. Loads 50 at a time. */
export function JudgementsTable({ judgingId, version }: { judgingId: string; version: number }) {
  const [show, setShow] = useState<TShow>("all");
  const [page, setPage] = useState<TPage | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    void callApi<TPage>(`/api/judgings/${judgingId}/judgements?show=${show}`, "GET", undefined, {
      signal: controller.signal,
    }).then((result) => {
      if (result.ok) setPage(result.data);
    });
    return () => controller.abort();
  }, [judgingId, show, version]);

  async function loadMore() {
    if (!page?.nextCursor && page?.nextCursor !== 0) return;
    setLoadingMore(true);
    const result = await callApi<TPage>(`/api/judgings/${judgingId}/judgements?show=${show}&cursor=${page.nextCursor}`);
    if (result.ok) setPage({ items: [...page.items, ...result.data.items], nextCursor: result.data.nextCursor });
    setLoadingMore(false);
  }

  return (
    <section aria-labelledby="judgements-title" className={card}>
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-100 px-5 py-4">
        <h2 id="judgements-title" className="text-base font-semibold text-slate-900">
          Judgements
        </h2>
        <div className="flex gap-2" role="group" aria-label="Show">
          {FILTERS.map((filter) => (
            <button
              key={filter.value}
              type="button"
              className={chipButton}
              aria-pressed={show === filter.value}
              onClick={() => setShow(filter.value)}
            >
              {filter.label}
            </button>
          ))}
        </div>
      </div>
      {page === null ? (
        <p className="px-5 py-6 text-sm text-slate-500">Loading…</p>
      ) : page.items.length === 0 ? (
        <p className="px-5 py-6 text-sm text-slate-500">No judgements here yet.</p>
      ) : (
        <ol className="divide-y divide-slate-100">
          {page.items.map((item) => (
            <JudgementRow key={item.sampleId} item={item} />
          ))}
        </ol>
      )}
      {page?.nextCursor !== null && page?.nextCursor !== undefined ? (
        <div className="border-t border-slate-100 px-5 py-3">
          <button type="button" className={secondaryButton} onClick={loadMore} disabled={loadingMore}>
            Load more
          </button>
        </div>
      ) : null}
    </section>
  );
}

function JudgementRow({ item }: { item: TJudgementItem }) {
  return (
    <li className="grid gap-4 px-5 py-4 md:grid-cols-[5rem_1fr]">
      <div>
        <Grade item={item} />
        <p className="mt-1 text-xs text-slate-500">#{item.index + 1}</p>
      </div>
      <div className="min-w-0 space-y-2 text-sm">
        <p className="font-medium text-slate-900">{item.question}</p>
        <details className="text-slate-700">
          <summary className="cursor-pointer text-xs font-medium text-slate-500 hover:text-indigo-700">
            Answer graded
          </summary>
          <p className="mt-1 whitespace-pre-wrap break-words rounded-md bg-slate-50 px-3 py-2">{item.answer ?? "—"}</p>
        </details>
        {item.errorKind ? (
          <p className="break-words text-rose-700">{item.errorMessage}</p>
        ) : (
          <>
            <p className="line-clamp-3 whitespace-pre-wrap break-words text-slate-600">{item.rationale || "—"}</p>
            <details>
              <summary className="cursor-pointer text-xs font-medium text-slate-500 hover:text-indigo-700">
                Raw judge reply
              </summary>
              <ScrollBox
                as="pre"
                label={`Raw judge reply to #${item.index + 1}`}
                className="mt-1 max-h-80 overflow-auto whitespace-pre-wrap break-words rounded-md bg-slate-900 px-3 py-2 text-xs text-slate-100"
              >
                {item.rawText}
              </ScrollBox>
            </details>
          </>
        )}
      </div>
    </li>
  );
}

function Grade({ item }: { item: TJudgementItem }) {
  if (item.errorKind) {
    return <span className="rounded bg-rose-50 px-2 py-1 text-xs font-medium text-rose-700">API error</span>;
  }
  if (item.score === null) {
    return (
      <span className="rounded bg-amber-50 px-2 py-1 text-xs font-medium text-amber-800" title={item.parseStatus ?? ""}>
        unparseable
      </span>
    );
  }
  return (
    <span className="text-xl font-semibold tabular-nums text-slate-900">
      {item.score}
      <span className="text-sm font-normal text-slate-500">/10</span>
    </span>
  );
}
