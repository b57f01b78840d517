"use client";

import { useState } from "react";
import { chipButton, input, secondaryButton } from "@/components/ui/styles";

export type TDecisionRequest = {
  kind: "RELABEL" | "ALIAS" | "CONFIRM" | "EXCLUDE" | "GRADE" | "PREFER" | "NOTE" | "UNDO";
  label?: string;
  newLabel?: boolean;
  grade?: number;
  note?: string;
};

/** A decision button that shows when it is the reviewer's standing decision. */
const decisionButton = `${secondaryButton} aria-pressed:border-indigo-500 aria-pressed:bg-indigo-50 aria-pressed:text-indigo-700`;

/** A preference between two answers, with its key. */
export const PREFERENCES = [
  { label: "A", text: "A is better", key: "1" },
  { label: "B", text: "B is better", key: "2" },
  { label: "TIE", text: "Tie", key: "3" },
] as const;

function Key({ children }: { children: string }) {
  return <kbd className="ml-1 rounded border border-slate-300 px-1 text-[10px] text-slate-500">{children}</kbd>;
}

/** Labels to pick (1-9), the decisions with their keys, and an explicit "add a new label" for a label outside the set. */
export function DecisionButtons(props: {
  labels: string[];
  mode: "label" | "grade" | "prefer";
  grades: { min: number; max: number } | null;
  selected: string | null;
  onSelect: (label: string) => void;
  onDecide: (request: TDecisionRequest) => void;
  busy: boolean;
  mine: { kind: string; label: string | null; grade: number | null } | null;
}) {
  const [newLabel, setNewLabel] = useState("");
  const [confirmNew, setConfirmNew] = useState(false);
  const { labels, grades, selected, onSelect, onDecide, busy, mine } = props;
  const undo = (
    <button
      type="button"
      className={secondaryButton}
      disabled={busy || !mine}
      onClick={() => onDecide({ kind: "UNDO" })}
    >
      Undo mine <Key>u</Key>
    </button>
  );
  if (props.mode === "prefer") {
    return (
      <div className="flex flex-wrap gap-2" role="group" aria-label="Preference">
        {PREFERENCES.map((preference) => (
          <button
            key={preference.label}
            type="button"
            className={decisionButton}
            disabled={busy}
            aria-pressed={mine?.kind === "PREFER" && mine.label === preference.label}
            onClick={() => onDecide({ kind: "PREFER", label: preference.label })}
          >
            {preference.text} <Key>{preference.key}</Key>
          </button>
        ))}
        {undo}
      </div>
    );
  }
  if (props.mode === "grade" && grades) {
    const values = Array.from({ length: grades.max - grades.min + 1 }, (_, i) => grades.min + i);
    return (
      <div>
        <p id="grade-caption" className="text-xs font-medium uppercase tracking-wide text-slate-500">
          Your grade ({grades.min}–{grades.max}; the judge&apos;s is hidden)
        </p>
        <div className="mt-1 flex flex-wrap gap-2" role="group" aria-labelledby="grade-caption">
          {values.map((grade) => (
            <button
              key={grade}
              type="button"
              className={decisionButton}
              disabled={busy}
              aria-pressed={mine?.kind === "GRADE" && mine.grade === grade}
              onClick={() => onDecide({ kind: "GRADE", grade })}
            >
              {grade}
            </button>
          ))}
          {undo}
        </div>
      </div>
    );
  }
  return (
    <div className="space-y-3">
      <div role="group" aria-label="Label" className="flex flex-wrap gap-2">
        {labels.map((label, i) => (
          <button
            key={label}
            type="button"
            className={chipButton}
            aria-pressed={selected === label}
            onClick={() => onSelect(label)}
          >
            {i < 9 ? <span className="mr-1 text-slate-500">{i + 1}</span> : null}
            {label}
          </button>
        ))}
      </div>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={secondaryButton}
          disabled={busy || !selected}
          onClick={() => selected && onDecide({ kind: "RELABEL", label: selected })}
        >
          Expected should be {selected ?? "…"} <Key>r</Key>
        </button>
        <button
          type="button"
          className={secondaryButton}
          disabled={busy || !selected}
          onClick={() => selected && onDecide({ kind: "ALIAS", label: selected })}
        >
          Answer means {selected ?? "…"} <Key>a</Key>
        </button>
        <button type="button" className={secondaryButton} disabled={busy} onClick={() => onDecide({ kind: "CONFIRM" })}>
          Confirmed wrong <Key>c</Key>
        </button>
        <button type="button" className={secondaryButton} disabled={busy} onClick={() => onDecide({ kind: "EXCLUDE" })}>
          Ambiguous / unusable <Key>x</Key>
        </button>
        {undo}
      </div>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <label className="sr-only" htmlFor="new-label">
          New label
        </label>
        <input
          id="new-label"
          className={`${input} max-w-56`}
          placeholder="A label outside the set"
          value={newLabel}
          onChange={(e) => setNewLabel(e.target.value)}
        />
        <label className="inline-flex items-center gap-1.5 text-slate-700">
          <input type="checkbox" checked={confirmNew} onChange={(e) => setConfirmNew(e.target.checked)} /> add a new
          label
        </label>
        <button
          type="button"
          className={secondaryButton}
          disabled={busy || newLabel.trim() === ""}
          onClick={() => onDecide({ kind: "RELABEL", label: newLabel.trim(), newLabel: confirmNew })}
        >
          Expected should be the new label
        </button>
      </div>
      {mine ? (
        <p className="text-xs text-slate-500">
          Your decision: {mine.kind.toLowerCase()} {mine.label ?? ""}. Undo it to decide again.
        </p>
      ) : null}
    </div>
  );
}
