"use client";

import { useState } from "react";
import { excerpt, markMatches } from "./excerpt";
import { textLink } from "@/components/ui/styles";

const PREVIEW_CHARS = 280;

/**
 * Long inputs and answers show an excerpt (around the search term when there is one, with matches marked); the
 * whole text is one click away, so a page of rows stays scannable.
 */
export function ExpandableText({ text, highlight }: { text: string; highlight?: string | undefined }) {
  const [open, setOpen] = useState(false);
  const long = text.length > PREVIEW_CHARS;
  const shown = open || !long ? text : excerpt(text, highlight, PREVIEW_CHARS);
  return (
    <span className="whitespace-pre-wrap break-words">
      {markMatches(shown, highlight).map((part, position) =>
        part.match ? (
          <mark key={position} className="rounded-sm bg-amber-200/70 px-0.5 text-inherit">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
      {long ? (
        <>
          {" "}
          <button
            type="button"
            className={`whitespace-nowrap text-xs font-medium ${textLink}`}
            aria-expanded={open}
            onClick={() => setOpen(!open)}
          >
            {open ? "Show less" : "Show all"}
          </button>
        </>
      ) : null}
    </span>
  );
}
