import { readApiResult, UNREACHABLE, type TApiResult } from "./call-api";

export type TUploadHandle<T> = { done: Promise<TApiResult<T>>; abort: () => void };

/**
 * `callApi`'s sibling for a multipart upload whose progress is shown: XMLHttpRequest, because fetch reports no upload
 * progress. Never rejects: the answer is read as `callApi` reads it, a network failure is code "network", an abort
 * code "aborted". `sent` fires once every byte is out (the server is finishing).
 */
export function uploadWithProgress<T>(
  url: string,
  form: FormData,
  on: { progress: (sent: number, total: number) => void; sent: () => void },
): TUploadHandle<T> {
  const request = new XMLHttpRequest();
  const done = new Promise<TApiResult<T>>((resolve) => {
    request.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable) on.progress(event.loaded, event.total);
    });
    request.upload.addEventListener("load", () => on.sent());
    request.addEventListener("load", () => resolve(readApiResult<T>(request.status, request.responseText)));
    request.addEventListener("error", () => resolve({ ok: false, error: UNREACHABLE }));
    request.addEventListener("abort", () =>
      resolve({ ok: false, error: { code: "aborted", message: "The upload was cancelled." } }),
    );
  });
  request.open("POST", url);
  request.send(form);
  return { done, abort: () => request.abort() };
}
