"use client";

import { useEffect, useState } from "react";
import { callApi, type TApiFailure } from "@/components/ui/call-api";
import type { TRunPreview } from "@/lib/runs/preview";

export type TPreviewState =
  | { status: "idle" }
  | { status: "loading"; last: TRunPreview | null }
  | { status: "ready"; preview: TRunPreview }
  | { status: "error"; error: TApiFailure; last: TRunPreview | null };

/** Debounce typing in the template: one preview request once the analyst pauses. */
const DEBOUNCE_MS = 300;

function lastPreview(state: TPreviewState): TRunPreview | null {
  if (state.status === "ready") return state.preview;
  if (state.status === "idle") return null;
  return state.last;
}

/** POST /api/runs/preview for the form's current body; an answer for an outdated body is dropped. */
export function useRunPreview(body: object | null): TPreviewState {
  const [state, setState] = useState<TPreviewState>({ status: "idle" });
  const key = body === null ? null : JSON.stringify(body);

  useEffect(() => {
    if (key === null) return;
    let current = true;
    const timer = setTimeout(async () => {
      setState((previous) => ({ status: "loading", last: lastPreview(previous) }));
      const result = await callApi<TRunPreview>("/api/runs/preview", "POST", JSON.parse(key));
      if (!current) return;
      setState((previous) =>
        result.ok
          ? { status: "ready", preview: result.data }
          : { status: "error", error: result.error, last: lastPreview(previous) },
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key]);

  return key === null ? { status: "idle" } : state;
}
