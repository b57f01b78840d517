/**
 * The browser's one way to call the JSON API: never throws, and returns the API's error shape
 * `{ code, message, details? }` on failure (a network failure becomes code "network"). Reads are never cached, so a
 * poll or a refresh after an action sees the latest state. A `FormData` body goes as multipart (a file upload's
 * preview); an upload that reports its progress goes through `uploadWithProgress` (upload-api.ts), which reads the
 * answer the same way.
 */
export type TApiFailure = { code: string; message: string; details?: unknown };
export type TApiResult<T> = { ok: true; data: T } | { ok: false; error: TApiFailure };

export const UNREACHABLE: TApiFailure = {
  code: "network",
  message: "Could not reach the Evalboard server. Check that it is running.",
};

export async function callApi<T>(
  url: string,
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE" = "GET",
  body?: unknown,
  options: { signal?: AbortSignal } = {},
): Promise<TApiResult<T>> {
  const multipart = body instanceof FormData;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      cache: "no-store",
      signal: options.signal,
      // A multipart body's content type (with its boundary) is the browser's to write.
      headers: body === undefined || multipart ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : multipart ? body : JSON.stringify(body),
    });
  } catch {
    return { ok: false, error: UNREACHABLE };
  }
  const text = response.status === 204 ? "" : await response.text().catch(() => "");
  return readApiResult<T>(response.status, text);
}

/** An API answer (status and body text) as a result: the data on a 2xx, else the API's error shape. */
export function readApiResult<T>(status: number, text: string): TApiResult<T> {
  let payload: unknown = null;
  try {
    payload = text === "" ? null : JSON.parse(text);
  } catch {
    payload = null;
  }
  if (status >= 200 && status < 300) return { ok: true, data: payload as T };
  const error = (payload as { error?: TApiFailure } | null)?.error;
  return { ok: false, error: error ?? { code: "http_error", message: `The server answered ${status}.` } };
}
