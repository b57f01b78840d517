const PROBE_ORIGIN = "http://local.invalid";

/**
 * Where to go after signing in: only a path on this site. Resolved the way a browser would (which drops tabs and
 * newlines and reads `\` as `/`), so `https://evil.example`, `//evil.example`, `/\evil.example` and
 * `/%09/evil.example`, and `/.//evil.example` (which dot-segment resolution turns into `//evil.example`) all fall
 * back to "/".
 */
export function toLocalPath(next: string | string[] | undefined): string {
  const value = Array.isArray(next) ? next[0] : next;
  if (!value?.startsWith("/")) return "/";
  const url = URL.parse(value, PROBE_ORIGIN);
  if (!url || url.origin !== PROBE_ORIGIN) return "/";
  const local = url.pathname + url.search + url.hash;
  // Resolving dot segments can itself produce "//host" ("/.//evil.example"): check the result the way it will be used.
  return URL.parse(local, PROBE_ORIGIN)?.origin === PROBE_ORIGIN && !local.startsWith("//") ? local : "/";
}
