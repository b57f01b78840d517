"use client";

import { useEffect, useState } from "react";
import type { TPreviewCheck } from "@/lib/datasets/preview-check";
import type { TUploadPreview } from "@/lib/datasets/preview-upload";
import { requestPreview } from "./upload-client";
import { checkKey, mappingOf, type TUploadDraft } from "./upload-draft";

/** The server's verdict on the preview rows under one task and mapping (`key`). */
export type TMappingCheck = { key: string; result: TPreviewCheck; rowsRead: number; partial: boolean };

const CHECK_DELAY_MS = 250;

export function checkFromPreview(draft: TUploadDraft, preview: TUploadPreview): TMappingCheck {
  return { key: checkKey(draft), result: preview.check, rowsRead: preview.rowsRead, partial: preview.partial };
}

/**
 * Keeps the check in step with the form: when the task or the mapping changes, the preview slice is sent again
 * with them (debounced; an answer that is no longer wanted is aborted). `checking` is true while the check shown
 * belongs to an earlier mapping.
 */
export function useMappingCheck(file: File | null, draft: TUploadDraft | null) {
  const [check, setCheck] = useState<TMappingCheck | null>(null);
  const key = draft ? checkKey(draft) : null;

  useEffect(() => {
    if (!file || !draft || !check || key === null || key === check.key) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const mapping = mappingOf(draft);
      if (!mapping) {
        const message = "Choose the input column and the expected column (two different columns).";
        setCheck({ ...check, key, result: { ok: false, error: { code: "invalid_mapping", message } } });
        return;
      }
      const answer = await requestPreview(file, { task: draft.task, mapping, signal: controller.signal }).catch(
        () => null,
      );
      if (!answer) return;
      setCheck(
        answer.ok
          ? { key, result: answer.data.check, rowsRead: answer.data.rowsRead, partial: answer.data.partial }
          : { ...check, key, result: { ok: false, error: answer.problem } },
      );
    }, CHECK_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [file, draft, check, key]);

  return { check, setCheck, checking: check !== null && key !== check.key };
}
