"use client";

import { forwardRef, useState } from "react";
import { input, secondaryButton } from "@/components/ui/styles";

/** A free-text note on the item, kept in its audit trail (it decides nothing). `n` focuses it. */
export const NoteBox = forwardRef<HTMLTextAreaElement, { busy: boolean; onNote: (note: string) => Promise<boolean> }>(
  function NoteBox({ busy, onNote }, ref) {
    const [note, setNote] = useState("");
    return (
      <div className="space-y-2">
        <label htmlFor="review-note" className="text-xs font-medium uppercase tracking-wide text-slate-500">
          Note <kbd className="ml-1 rounded border border-slate-300 px-1 text-[10px] normal-case">n</kbd>
        </label>
        <textarea
          id="review-note"
          ref={ref}
          rows={2}
          maxLength={5000}
          className={input}
          placeholder="Why, for the next reviewer"
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
        <button
          type="button"
          className={secondaryButton}
          disabled={busy || note.trim() === ""}
          onClick={async () => {
            if (await onNote(note.trim())) setNote("");
          }}
        >
          Add note
        </button>
      </div>
    );
  },
);
