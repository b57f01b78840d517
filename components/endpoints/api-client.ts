/** Browser-side calls to the endpoints JSON API, returning the error shape `{ code, message, details? }` on failure. */
export type TApiFailure = { code: string; message: string; details?: unknown };
export type TApiResult<T> = { ok: true; data: T } | { ok: false; error: TApiFailure };

export async function callApi<T>(url: string, method: string, body?: unknown): Promise<TApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return {
      ok: false,
      error: { code: "network", message: "Could not reach the Evalboard server. Check that it is running." },
    };
  }
  const payload: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (response.ok) return { ok: true, data: payload as T };
  const error = (payload as { error?: TApiFailure } | null)?.error;
  return { ok: false, error: error ?? { code: "http_error", message: `The server answered ${response.status}.` } };
}
