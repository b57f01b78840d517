import { NextResponse, type NextRequest } from "next/server";
import { errorJson } from "@/lib/api/errors";
import { env } from "@/lib/env";
import { isCrossSiteMutation, readBearerToken } from "./csrf";
import { ensureAdminFromEnv, isSetupOpen } from "./first-admin";
import { renderForbiddenPage } from "./forbidden-page";
import { isSafeMethod, requiredAccess, type TAccess } from "./policy";
import { resolvePrincipal, type TPrincipal } from "./principal";
import { hasRole } from "./roles";

/**
 * The single authorisation point: CSRF check, then who is calling, then lib/auth/policy.ts decides. proxy.ts runs it
 * for every page and API route except the uploads, which proxy.ts leaves out (a proxy makes Next buffer the whole
 * body first) and which call authorizeApiRequest themselves through apiRoute's `selfAuthorized` option.
 * APIs get 401/403 JSON; pages go to the sign-in (or first-run setup) screen.
 */
export async function gateRequest(request: NextRequest): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl;
  if (isApiPath(pathname)) {
    const { refusal, setCookies } = await authorizeApiRequest(request);
    return withCookies(refusal ? toNext(refusal) : NextResponse.next(), setCookies);
  }
  const check = await checkCaller(request, pathname, false);
  if (check.verdict === "cross_site") return forbiddenPage(CROSS_SITE_MESSAGE);
  const response = await respondToPage(request, check.verdict, { pathname, search, signedIn: check.signedIn });
  return withCookies(response, check.setCookies);
}

/** The refusal (401/403 JSON) for an API request, or null; `setCookies`: a refreshed session to send back. */
export type TApiAuthorization = { refusal: Response | null; setCookies: string[] };

/** Authorises an API request from its method, path and headers alone: it never reads the body. */
export async function authorizeApiRequest(request: Request): Promise<TApiAuthorization> {
  const check = await checkCaller(request, new URL(request.url).pathname, true);
  return { refusal: refuseApi(check.verdict), setCookies: check.setCookies };
}

type TVerdict = "allow" | "unauthenticated" | "forbidden";
type TCheck = { verdict: TVerdict | "cross_site"; signedIn: boolean; setCookies: string[] };

async function checkCaller(request: Request, pathname: string, api: boolean): Promise<TCheck> {
  if (!readBearerToken(request.headers) && isCrossSiteMutation(request, ALLOWED_ORIGINS)) {
    return { verdict: "cross_site", signedIn: false, setCookies: [] };
  }
  const access = requiredAccess(pathname, request.method);
  // The health check must answer even when Postgres does not; every other first request (a sign-in by curl, too)
  // may need the admin from the environment to exist.
  if (pathname !== "/api/health") await ensureAdminFromEnv();
  // Better Auth's own routes need no caller here: Better Auth checks its sessions itself.
  if (api && access.kind === "public") return { verdict: "allow", signedIn: false, setCookies: [] };
  const { principal, setCookies } = await resolvePrincipal(request.headers);
  return { verdict: decide(access, principal), signedIn: principal?.kind === "user", setCookies };
}

export function decide(access: TAccess, principal: TPrincipal | null): TVerdict {
  if (access.kind === "public") return "allow";
  if (!principal) return "unauthenticated";
  if (principal.kind === "local-model-key") return access.localModelKey ? "allow" : "forbidden";
  if (!principal.role) return "forbidden";
  return hasRole(principal.role, access.role) ? "allow" : "forbidden";
}

// The URL users open, when set: behind a proxy the Host the app sees may not be it.
const ALLOWED_ORIGINS = env.EVALBOARD_BASE_URL ? [env.EVALBOARD_BASE_URL] : [];
const CROSS_SITE_MESSAGE = "Cross-site requests that change data are refused.";
const FORBIDDEN_MESSAGE = "Your role does not allow this. Ask an admin for the analyst or admin role.";
const UNAUTHENTICATED_MESSAGE = "Sign in, or send a personal API token: Authorization: Bearer <token>.";

function refuseApi(verdict: TCheck["verdict"]): Response | null {
  if (verdict === "cross_site") return errorJson(403, "cross_site_request", CROSS_SITE_MESSAGE);
  if (verdict === "forbidden") return errorJson(403, "forbidden", FORBIDDEN_MESSAGE);
  if (verdict === "unauthenticated") return errorJson(401, "unauthenticated", UNAUTHENTICATED_MESSAGE);
  return null;
}

type TPageContext = { pathname: string; search: string; signedIn: boolean };

async function respondToPage(request: NextRequest, verdict: TVerdict, context: TPageContext): Promise<NextResponse> {
  const { pathname, search, signedIn } = context;
  if (verdict === "forbidden") return forbiddenPage(FORBIDDEN_MESSAGE);
  if (verdict === "unauthenticated") {
    // A form post (server action) cannot follow a redirect to the sign-in screen: it gets the API's 401.
    if (!isSafeMethod(request.method)) return toNext(errorJson(401, "unauthenticated", UNAUTHENTICATED_MESSAGE));
    const target = (await isSetupOpen()) ? "/setup" : `/sign-in?next=${encodeURIComponent(pathname + search)}`;
    return redirectTo(request, target);
  }
  // The sign-in and setup screens make no sense to someone already signed in, or once an account exists.
  if (signedIn && pathname === "/sign-in") return redirectTo(request, "/");
  if (pathname === "/setup" && isSafeMethod(request.method) && !(await isSetupOpen())) {
    return redirectTo(request, "/sign-in");
  }
  return NextResponse.next();
}

function isApiPath(pathname: string): boolean {
  return pathname === "/api" || pathname.startsWith("/api/");
}

/**
 * NextURL spells 127.0.0.1 as localhost; Next turns a same-host Location back into a relative one before it leaves
 * the server, so the browser stays on the origin whose cookies it has.
 */
function redirectTo(request: NextRequest, path: string): NextResponse {
  return NextResponse.redirect(new URL(path, request.url));
}

function forbiddenPage(message: string): NextResponse {
  return new NextResponse(renderForbiddenPage(message), {
    status: 403,
    headers: { "content-type": "text/html; charset=utf-8" },
  });
}

function toNext(response: Response): NextResponse {
  return new NextResponse(response.body, { status: response.status, headers: response.headers });
}

function withCookies(response: NextResponse, setCookies: string[]): NextResponse {
  for (const cookie of setCookies) response.headers.append("set-cookie", cookie);
  return response;
}
