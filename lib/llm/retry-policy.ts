export type TRetryPolicy = {
  /** Requests per call, the first one included. */
  maxAttempts: number;
  /** Backoff before the second attempt; doubles after each failure. */
  baseDelayMs: number;
  /** No wait is longer than this, not even one asked for by Retry-After. */
  maxDelayMs: number;
};

export const defaultRetryPolicy: TRetryPolicy = { maxAttempts: 6, baseDelayMs: 500, maxDelayMs: 60_000 };

/** Read-only view of response headers: the SDK's `Headers`, or anything with the same `get`. */
export type THeaderReader = { get(name: string): string | null };

/**
 * How long the server asked us to wait, in ms, or null when it did not say. `retry-after-ms` (OpenAI, Azure) is
 * more precise than `retry-after`, which holds either delta-seconds or an HTTP date (RFC 9110 §10.2.3).
 */
export function parseRetryAfterMs(headers: THeaderReader | undefined, now: number): number | null {
  if (!headers) return null;
  const precise = headers.get("retry-after-ms");
  if (precise !== null && precise.trim() !== "") {
    const ms = Number(precise);
    if (Number.isFinite(ms) && ms >= 0) return ms;
  }
  const value = headers.get("retry-after")?.trim();
  if (!value) return null;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  // HTTP dates name a weekday and month; Date.parse alone would read "-4" as the year 4 BC.
  if (!/[a-z]/i.test(value)) return null;
  const date = Date.parse(value);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}

/**
 * The wait before attempt `failedAttempts + 1`. A Retry-After wins over our own schedule, plus up to 10% jitter so
 * that workers rate-limited together do not all come back in the same millisecond. Without one: exponential
 * backoff with "equal jitter" (half fixed, half random), which spreads retries but never retries immediately.
 */
export function computeRetryDelayMs(
  failedAttempts: number,
  retryAfterMs: number | null,
  policy: TRetryPolicy,
  random: () => number,
): number {
  if (retryAfterMs !== null) {
    const jitter = random() * Math.min(retryAfterMs * 0.1, 1_000);
    return Math.min(policy.maxDelayMs, retryAfterMs + jitter);
  }
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, failedAttempts - 1));
  return exponential / 2 + random() * (exponential / 2);
}
