import type { TRole } from "./roles";

/**
 * Who may call what: the one table every page and API route goes through (enforced in proxy.ts), so a route added
 * tomorrow is covered without touching it. Anything not listed needs a signed-in viewer to read and an analyst to
 * change; the first matching rule wins.
 */
export type TAccess =
  | { kind: "public" }
  /** `localModelKey`: the workers' key for the built-in local models is accepted too (lib/local-models/access-key). */
  | { kind: "signed-in"; role: TRole; localModelKey?: boolean };

type TRule = { pattern: string; read: TAccess; write: TAccess };

const PUBLIC: TAccess = { kind: "public" };
const role = (minimum: TRole, localModelKey = false): TAccess => ({ kind: "signed-in", role: minimum, localModelKey });

const RULES: TRule[] = [
  { pattern: "/api/health", read: PUBLIC, write: PUBLIC },
  // Better Auth's own endpoints: sign-in and sign-out are public; the rest check the session (tokens: their owner;
  // /admin/*: the admin role) inside Better Auth.
  { pattern: "/api/auth/**", read: PUBLIC, write: PUBLIC },
  { pattern: "/sign-in", read: PUBLIC, write: PUBLIC },
  { pattern: "/setup", read: PUBLIC, write: PUBLIC },
  { pattern: "/api/local/**", read: role("viewer", true), write: role("analyst", true) },
  { pattern: "/api/endpoints/**", read: role("viewer"), write: role("admin") },
  { pattern: "/models/new", read: role("admin"), write: role("admin") },
  { pattern: "/models/*/edit", read: role("admin"), write: role("admin") },
  // The forms that create something (datasets, runs, judgings, ...): for those who may submit them.
  { pattern: "/*/new", read: role("analyst"), write: role("analyst") },
  { pattern: "/settings/users/**", read: role("admin"), write: role("admin") },
  // Everyone manages their own API tokens.
  { pattern: "/settings/**", read: role("viewer"), write: role("viewer") },
];

const DEFAULT_RULE: TRule = { pattern: "/**", read: role("viewer"), write: role("analyst") };

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isSafeMethod(method: string): boolean {
  return SAFE_METHODS.has(method.toUpperCase());
}

const ADMIN_ONLY: TAccess = role("admin");

export function requiredAccess(pathname: string, method: string): TAccess {
  const path = normalizePath(pathname);
  // A path that cannot be decoded matches no route; only an admin gets as far as Next's 404.
  if (path === null) return ADMIN_ONLY;
  const rule = RULES.find((candidate) => matchesPattern(candidate.pattern, path)) ?? DEFAULT_RULE;
  return isSafeMethod(method) ? rule.read : rule.write;
}

/** `*` is one path segment; a trailing `/**` is the path itself and everything under it. */
export function matchesPattern(pattern: string, path: string): boolean {
  const patternParts = pattern.split("/").filter(Boolean);
  const pathParts = path.split("/").filter(Boolean);
  const last = patternParts.length - 1;
  for (let index = 0; index < patternParts.length; index++) {
    const part = patternParts[index];
    if (part === "**" && index === last) return true;
    const segment = pathParts[index];
    if (segment === undefined) return false;
    if (part !== "*" && part !== segment) return false;
  }
  return pathParts.length === patternParts.length;
}

// "/api//endpoints/", "/api/%65ndpoints" must not dodge a rule that "/api/endpoints" matches. Next routes are
// case-sensitive, so segments are percent-decoded and duplicate and trailing slashes folded; null when a segment
// does not decode or decodes to something that would change the segments (a slash, a dot segment).
function normalizePath(pathname: string): string | null {
  const segments: string[] = [];
  for (const segment of pathname.split("/")) {
    if (segment === "") continue;
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return null;
    }
    if (decoded.includes("/") || decoded.includes("\\") || decoded === "." || decoded === "..") return null;
    segments.push(decoded);
  }
  return `/${segments.join("/")}`;
}
