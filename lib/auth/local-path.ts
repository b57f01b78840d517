const PROBE_ORIGIN = "http://local.invalid";

/**
 * Where to go after signing in: only a path on this site. Resolved the way a browser would (which drops tabs and
 * newlines and reads `\` as `/`), so `https://evil.example`, `//evil.example`, `/\evil.example` and
 * `/%09/evil.example` all fall back to "/".
 */
export function toLocalPath(next: string | string[] | undefined): string {
  const value = Array.isArray(next) ? next[0] : next;
  if (!value?.startsWith("/")) return "/";
  const url = URL.parse(value, PROBE_ORIGIN);
  if (!url || url.origin !== PROBE_ORIGIN) return "/";
  return url.pathname + url.search + url.hash;
}
