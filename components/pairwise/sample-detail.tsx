"use client";

import { useEffect, useState } from "react";
import { callApi } from "@/components/ui/call-api";
import { ScrollBox } from "@/components/ui/scroll-box";
import type { TPairwiseViewJson } from "./types";

type TCall = {
  judgeIndex: number;
  swapped: boolean;
  verdict: string | null;
  parseStatus: string | null;
  rationale: string | null;
  rawText: string | null;
  errorKind: string | null;
  errorMessage: string | null;
};
type TSample = {
  sample: { index: number; input: string };
  answers: { first: string | null; second: string | null };
  calls: TCall[];
};

/** One sample of one pair: the question, both answers side by side, then each judge's verdict in both orders. */
export function SampleDetail({
  view,
  sampleId,
  pairIndex,
  names,
}: {
  view: TPairwiseViewJson;
  sampleId: number;
  pairIndex: number;
  names: { first: string; second: string };
}) {
  const [data, setData] = useState<TSample | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    void callApi<TSample>(`/api/pairwise-judgings/${view.id}/samples/${sampleId}?pair=${pairIndex}`, "GET", undefined, {
      signal: controller.signal,
    }).then((result) => {
      if (result.ok) setData(result.data);
    });
    return () => controller.abort();
  }, [view.id, sampleId, pairIndex]);
  if (!data) return <p className="text-sm text-slate-600">Loading…</p>;

  const winner = (call: TCall) => {
    if (call.errorKind) return `error: ${call.errorKind}`;
    if (call.verdict === null) return "no verdict";
    if (call.verdict === "C") return "tie";
    const firstShown = call.swapped ? names.second : names.first;
    const secondShown = call.swapped ? names.first : names.second;
    return `${call.verdict === "A" ? firstShown : secondShown} wins`;
  };
  return (
    <article aria-label={`Sample ${data.sample.index}`} data-testid="sample-detail" className="space-y-4">
      <div>
        <h3 className="text-xs font-medium tracking-wide text-slate-500 uppercase">Question #{data.sample.index}</h3>
        <p className="mt-1 text-sm whitespace-pre-wrap text-slate-900">{data.sample.input}</p>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        {(["first", "second"] as const).map((side) => (
          <div key={side} className="rounded-lg border border-slate-200 bg-slate-50 p-3">
            <h3 className="text-xs font-semibold text-slate-700">{names[side]}</h3>
            <ScrollBox
              label={`${names[side]}'s answer`}
              className="mt-1 max-h-64 overflow-y-auto text-sm whitespace-pre-wrap text-slate-800"
            >
              {data.answers[side] ?? "—"}
            </ScrollBox>
          </div>
        ))}
      </div>
      {view.judges.map((judge) => {
        const calls = data.calls.filter((call) => call.judgeIndex === judge.index);
        const outcomes = new Set(calls.map(winner));
        return (
          <div key={judge.index} className="rounded-lg border border-slate-200 p-3">
            <h3 className="text-sm font-semibold text-slate-800">
              {judge.name}
              {calls.length === 2 && outcomes.size > 1 ? (
                <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">
                  flipped with the order
                </span>
              ) : null}
            </h3>
            <div className="mt-2 grid gap-3 md:grid-cols-2">
              {calls.map((call) => (
                <div key={String(call.swapped)} className="min-w-0 text-sm" data-testid="verdict">
                  <p className="text-xs text-slate-500">
                    {call.swapped ? `${names.second} shown first` : `${names.first} shown first`}
                  </p>
                  <p className="font-medium text-slate-900">{winner(call)}</p>
                  {call.rationale ? <p className="mt-1 text-slate-700">{call.rationale}</p> : null}
                  <details className="mt-1">
                    <summary className="cursor-pointer text-xs text-slate-600">Raw reply</summary>
                    <pre className="mt-1 text-xs whitespace-pre-wrap break-words text-slate-700">
                      {call.rawText ?? call.errorMessage ?? ""}
                    </pre>
                  </details>
                </div>
              ))}
            </div>
          </div>
        );
      })}
    </article>
  );
}
