/** A query string as Next hands it to pages (`searchParams`) or as a route handler reads it (`URLSearchParams`). */
export type TSearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

/**
 * `?a=1&a=2` keeps the first value, as a form would send only one: the one reading of a query string for API routes
 * and pages alike. Pure (no server imports), so client components may use it too.
 */
export function firstValues(params: TSearchParams): Record<string, string | undefined> {
  if (params instanceof URLSearchParams) {
    return Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.get(key) ?? undefined]));
  }
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
}
