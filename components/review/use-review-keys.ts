"use client";

import { useEffect } from "react";

const LETTERS = ["c", "x", "r", "a", "u", "n", "o"] as const;
export type TLetter = (typeof LETTERS)[number];

export type TReviewKeyActions = {
  next: () => void;
  previous: () => void;
  /** 1-9: the n-th label (classification) or grade n (judge grades). */
  digit: (n: number) => void;
  /** c, x, r, a, u, n, o: confirm, exclude, relabel, alias, undo, write a note, my next open item. */
  letter: (key: TLetter) => void;
};

/**
 * The queue's keyboard: j / → next, k / ← previous, 1-9, and the decision letters. Keys typed in a text field are
 * the field's, not shortcuts.
 */
export function useReviewKeys(actions: TReviewKeyActions): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === "j" || key === "arrowright") actions.next();
      else if (key === "k" || key === "arrowleft") actions.previous();
      else if (/^[1-9]$/.test(key)) actions.digit(Number(key));
      else if ((LETTERS as readonly string[]).includes(key)) actions.letter(key as TLetter);
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [actions]);
}
