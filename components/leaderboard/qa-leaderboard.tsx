"use client";

import Link from "next/link";
import { useState } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { chipButton, primaryButton } from "@/components/ui/styles";
import type { TQaBoard } from "@/lib/leaderboard/qa-types";
import { QaJudgeNotice } from "./qa-judge-notice";
import { QaJudgeTable } from "./qa-judge-table";
import { QaJudgeNote, QaReferenceNote } from "./qa-notes";
import { QaReferenceTable } from "./qa-reference-table";
import { collectTags, filterRowsByTags } from "./table-state";
import { prepareScoreHistograms } from "./score-histogram-data";
import { ScoreHistograms } from "./score-histogram";

const heading = "text-base font-semibold text-slate-900";

type TProps = { datasetId: string; datasetName: string; board: TQaBoard; initialTags: string[] };

/** The open-QA board: LLM-judge notes first, the lexical reference overlap clearly apart, one tag filter for both. */
export function QaLeaderboard({ datasetId, datasetName, board, initialTags }: TProps) {
  const [tags, setTags] = useState(initialTags);
  if (board.judgings.length === 0 && board.reference.length === 0 && board.queuedJudgings === 0) {
    return (
      <EmptyState
        title="No finished runs on this dataset"
        action={
          <Link href={`/runs/new?datasetId=${datasetId}`} className={primaryButton}>
            Start a run
          </Link>
        }
      >
        Run one or more models on {datasetName}; their answers are compared with the reference answers here, and graded
        by an LLM judge once you add one.
      </EmptyState>
    );
  }
  const allTags = collectTags([...board.judgings, ...board.reference]);
  const judgings = filterRowsByTags(board.judgings, tags);
  const reference = filterRowsByTags(board.reference, tags);

  function toggleTag(tag: string) {
    const next = tags.includes(tag) ? tags.filter((t) => t !== tag) : [...tags, tag];
    setTags(next);
    const params = new URLSearchParams({ datasetId });
    for (const t of next) params.append("tag", t);
    window.history.replaceState(null, "", `/leaderboard?${params.toString()}`);
  }

  return (
    <div className="space-y-8">
      {allTags.length > 0 ? (
        <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Filter by tag">
          <span className="text-xs font-medium uppercase tracking-wide text-slate-500">Tags</span>
          {allTags.map((tag) => (
            <button
              key={tag}
              type="button"
              className={chipButton}
              aria-pressed={tags.includes(tag)}
              onClick={() => toggleTag(tag)}
            >
              {tag}
            </button>
          ))}
        </div>
      ) : null}
      {board.judgings.length === 0 ? (
        <QaJudgeNotice datasetId={datasetId} queued={board.queuedJudgings} />
      ) : (
        <section aria-label="LLM-judge notes" className="space-y-3">
          <h2 className={heading}>LLM-judge notes</h2>
          <QaJudgeTable rows={judgings} />
          <QaJudgeNote />
          <h3 className="pt-2 text-sm font-semibold text-slate-900">Grade distribution per row</h3>
          <ScoreHistograms histograms={prepareScoreHistograms(judgings)} />
        </section>
      )}
      {board.reference.length > 0 ? (
        <section aria-label="Reference overlap" className="space-y-3">
          <div>
            <h2 className={heading}>Reference overlap (lexical, not a judge)</h2>
            <p className="mt-1 text-sm text-slate-600">
              Token F1 of each run&apos;s answers against the dataset&apos;s reference answers, from 0 to 1.
            </p>
          </div>
          <QaReferenceTable rows={reference} />
          <QaReferenceNote />
        </section>
      ) : null}
    </div>
  );
}
