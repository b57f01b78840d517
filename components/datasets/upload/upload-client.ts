import type { TUploadPreview } from "@/lib/datasets/preview-upload";
import { wholeFileFormat } from "@/lib/datasets/import/whole-file-format";
import { PREVIEW_SLICE_BYTES } from "@/lib/datasets/preview-slice";
import type { TUploadedDataset } from "@/lib/datasets/upload";

/** The API's error shape; `details` locates a file problem (file, line, row, column). */
export type TApiProblem = {
  status: number;
  code: string;
  message: string;
  details?: { file?: string; line?: number; row?: number; column?: string } & Record<string, unknown>;
};

export type TResult<T> = { ok: true; data: T } | { ok: false; problem: TApiProblem };

const unreachable: TApiProblem = {
  status: 0,
  code: "network",
  message: "Could not reach the Evalboard server. Check that it is running.",
};

/**
 * Sends the start of the file (File.slice: nothing else is read into memory) with the mapping to check. The server
 * reads the slice as the upload would, so a broken file is reported before the analyst waits for a full upload.
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
  let response: Response;
  try {
    response = await fetch("/api/datasets/preview", { method: "POST", body: form, signal: options.signal });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return { ok: false, problem: unreachable };
  }
  return readResult<TUploadPreview>(response.status, await response.text());
}

export type TUploadHandle = {
  done: Promise<TResult<TUploadedDataset>>;
  abort: () => void;
};

/**
 * The real upload, with XMLHttpRequest because fetch reports no upload progress. The server parses the body as it
 * arrives, so bytes sent is (almost) rows stored; `onSent` fires once every byte is out and the server is finishing.
 */
export function startUpload(
  file: File,
  fields: [string, string][],
  on: { progress: (sent: number, total: number) => void; sent: () => void },
): TUploadHandle {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  form.append("file", file, file.name);
  const request = new XMLHttpRequest();
  const done = new Promise<TResult<TUploadedDataset>>((resolve) => {
    request.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable) on.progress(event.loaded, event.total);
    });
    request.upload.addEventListener("load", () => on.sent());
    request.addEventListener("load", () => resolve(readResult(request.status, request.responseText)));
    request.addEventListener("error", () => resolve({ ok: false, problem: unreachable }));
    request.addEventListener("abort", () =>
      resolve({ ok: false, problem: { status: 0, code: "aborted", message: "The upload was cancelled." } }),
    );
  });
  request.open("POST", "/api/datasets");
  request.send(form);
  return { done, abort: () => request.abort() };
}

function readResult<T>(status: number, text: string): TResult<T> {
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  if (status >= 200 && status < 300) return { ok: true, data: body as T };
  const error = (body as { error?: Omit<TApiProblem, "status"> } | null)?.error;
  return {
    ok: false,
    problem: error ? { status, ...error } : { status, code: "http_error", message: `The server answered ${status}.` },
  };
}
