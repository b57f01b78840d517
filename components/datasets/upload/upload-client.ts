import { callApi, type TApiFailure, type TApiResult } from "@/components/ui/call-api";
import { uploadWithProgress } from "@/components/ui/upload-api";
import type { TUploadPreview } from "@/lib/datasets/preview-upload";
import { wholeFileFormat } from "@/lib/datasets/import/whole-file-format";
import { PREVIEW_SLICE_BYTES } from "@/lib/datasets/preview-slice";
import type { TUploadedDataset } from "@/lib/datasets/upload";

/** The API's error shape; `details` locates a file problem (file, line, row, column). */
export type TApiProblem = TApiFailure & {
  details?: { file?: string; line?: number; row?: number; column?: string } & Record<string, unknown>;
};

export type TResult<T> = { ok: true; data: T } | { ok: false; problem: TApiProblem };

const toResult = <T>(result: TApiResult<T>): TResult<T> =>
  result.ok ? result : { ok: false, problem: result.error as TApiProblem };

/**
 * Sends the start of the file (File.slice: nothing else is read into memory) with the mapping to check. The server
 * reads the slice as the upload would, so a broken file is reported before the analyst waits for a full upload.
 * Rejects (AbortError) when `signal` aborted it: that answer is no longer wanted.
 */
export async function requestPreview(
  file: File,
  options: { task?: string; mapping?: unknown; signal?: AbortSignal } = {},
): Promise<TResult<TUploadPreview>> {
  const form = new FormData();
  if (options.task) form.append("task", options.task);
  if (options.mapping) form.append("mapping", JSON.stringify(options.mapping));
  // Parquet keeps its schema at the end and a YAML list is one document: those are sent whole (the server bounds them).
  const truncated = wholeFileFormat(file.name) === null && file.size > PREVIEW_SLICE_BYTES;
  form.append("truncated", String(truncated));
  form.append("file", truncated ? file.slice(0, PREVIEW_SLICE_BYTES) : file, file.name);
  const result = await callApi<TUploadPreview>("/api/datasets/preview", "POST", form, { signal: options.signal });
  options.signal?.throwIfAborted();
  return toResult(result);
}

export type TUploadHandle = {
  done: Promise<TResult<TUploadedDataset>>;
  abort: () => void;
};

/**
 * The real upload, with its progress. The server parses the body as it arrives, so bytes sent is (almost) rows
 * stored; `onSent` fires once every byte is out and the server is finishing.
 */
export function startUpload(
  file: File,
  fields: [string, string][],
  on: { progress: (sent: number, total: number) => void; sent: () => void },
): TUploadHandle {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  form.append("file", file, file.name);
  const upload = uploadWithProgress<TUploadedDataset>("/api/datasets", form, on);
  return { done: upload.done.then(toResult), abort: upload.abort };
}
