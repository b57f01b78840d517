import { isSafeMethod } from "./policy";

export type TCsrfRequest = { method: string; url: string; headers: Headers };

/**
 * Cross-site request forgery check for requests that change something and are not bearer-authenticated, after Go's
 * net/http CrossOriginProtection: browsers send `Sec-Fetch-Site` (all current ones) or at least `Origin` on every
 * such request, so a cross-site one is recognised and refused. `Origin` must be the app's own origin in full
 * (scheme, host and port): `https://127.0.0.1:3000` is not the http app on that port. Session cookies are also
 * SameSite=Lax, which keeps them off cross-site POSTs in the first place.
 *
 * A request with neither header does not come from a browser page (curl, a script). If it carries a session cookie
 * and a body, the body must be declared as JSON or multipart/form-data, the only kinds the app's routes read:
 * a cookie request whose JSON arrives as text/plain (a type a cross-site form may send) is refused rather than
 * trusted to be a script's.
 */
export function isCrossSiteMutation(request: TCsrfRequest, allowedOrigins: readonly string[] = []): boolean {
  if (isSafeMethod(request.method)) return false;
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite) return fetchSite !== "same-origin" && fetchSite !== "none";
  const origin = request.headers.get("origin");
  if (!origin) return hasCookie(request.headers) && hasBody(request.headers) && !isReadableBody(request.headers);
  const own = requestOrigin(request);
  try {
    const sent = new URL(origin).origin;
    return sent !== own && !allowedOrigins.some((allowed) => new URL(allowed).origin === sent);
  } catch {
    return true;
  }
}

/** The origin the browser addressed: scheme from X-Forwarded-Proto (set by Next or a trusted proxy) or the URL. */
function requestOrigin(request: TCsrfRequest): string | null {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!host) return null;
  const proto = request.headers.get("x-forwarded-proto") ?? new URL(request.url).protocol.replace(":", "");
  return `${proto}://${host}`;
}

function hasCookie(headers: Headers): boolean {
  return (headers.get("cookie") ?? "").trim() !== "";
}

/** A fetch Request built in-process declares no length; a content type then stands for the body it describes. */
function hasBody(headers: Headers): boolean {
  const length = headers.get("content-length");
  if (length !== null) return length.trim() !== "0";
  return headers.has("transfer-encoding") || headers.has("content-type");
}

function isReadableBody(headers: Headers): boolean {
  const type = (headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  return type === "application/json" || type.endsWith("+json") || type === "multipart/form-data";
}

/** `Authorization: Bearer <token>`, or null. */
export function readBearerToken(headers: Headers): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.get("authorization") ?? "");
  return match?.[1] ?? null;
}
