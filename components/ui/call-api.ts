/**
 * The browser's one way to call the JSON API: never throws, and returns the API's error shape
 * `{ code, message, details? }` on failure (a network failure becomes code "network"). Reads are never cached, so a
 * poll or a refresh after an action sees the latest state.
 */
export type TApiFailure = { code: string; message: string; details?: unknown };
export type TApiResult<T> = { ok: true; data: T } | { ok: false; error: TApiFailure };

const UNREACHABLE: TApiFailure = {
  code: "network",
  message: "Could not reach the Evalboard server. Check that it is running.",
};

export async function callApi<T>(
  url: string,
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE" = "GET",
  body?: unknown,
  options: { signal?: AbortSignal } = {},
): Promise<TApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      cache: "no-store",
      signal: options.signal,
      headers: body === undefined ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, error: UNREACHABLE };
  }
  const payload: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (response.ok) return { ok: true, data: payload as T };
  const error = (payload as { error?: TApiFailure } | null)?.error;
  return { ok: false, error: error ?? { code: "http_error", message: `The server answered ${response.status}.` } };
}
