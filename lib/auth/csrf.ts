import { isSafeMethod } from "./policy";

/**
 * Cross-site request forgery check for requests that change something and are not bearer-authenticated, after Go's
 * net/http CrossOriginProtection: browsers send `Sec-Fetch-Site` (all current ones) or at least `Origin` on every
 * such request, so a cross-site one is recognised and refused. A request with neither header does not come from a
 * browser page (curl, a script) and carries no ambient credentials it did not choose to send, so it passes. Session
 * cookies are also SameSite=Lax, which keeps them off cross-site POSTs in the first place.
 */
export function isCrossSiteMutation(request: { method: string; headers: Headers }): boolean {
  if (isSafeMethod(request.method)) return false;
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite) return fetchSite !== "same-origin" && fetchSite !== "none";
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return !host || new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** `Authorization: Bearer <token>`, or null. */
export function readBearerToken(headers: Headers): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.get("authorization") ?? "");
  return match?.[1] ?? null;
}
