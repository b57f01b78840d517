// The one way Evalboard reaches a user-configured URL (model endpoints, judges, "test connection"): see README.md.
import { env } from "@/lib/env";
import { parseAllowlist } from "./allowlist";
import { checkUrl, systemResolver, type TNetPolicy } from "./check-target";
import { isOutboundRefusal } from "./errors";
import { createGuardedFetch, type TGuardedFetch } from "./guarded-fetch";

export { parseAllowlist, type TAllowlist } from "./allowlist";
export { checkUrl, systemResolver, type TNetPolicy, type TResolver } from "./check-target";
export { isOutboundRefusal, OutboundRefusedError } from "./errors";
export { createGuardedFetch, type TGuardedFetch } from "./guarded-fetch";

let policy: TNetPolicy | null = null;
let sharedFetch: TGuardedFetch | null = null;

/** EVALBOARD_ALLOWED_HOSTS (validated by lib/env) and the system resolver. */
export function getOutboundPolicy(): TNetPolicy {
  policy ??= { allowlist: parseAllowlist(env.EVALBOARD_ALLOWED_HOSTS).entries, resolve: systemResolver };
  return policy;
}

/** One guarded fetch (one connection pool) per process. */
export function getGuardedFetch(): TGuardedFetch {
  sharedFetch ??= createGuardedFetch(getOutboundPolicy());
  return sharedFetch;
}

export type TBaseUrlCheck = { ok: true } | { ok: false; message: string };

/**
 * The check made when an endpoint is saved. A host that does not resolve right now is accepted (the server may be
 * offline, or reachable only from the workers' network): every call checks the address again before connecting.
 */
export async function checkBaseUrl(url: string, netPolicy: TNetPolicy = getOutboundPolicy()): Promise<TBaseUrlCheck> {
  try {
    await checkUrl(url, netPolicy);
    return { ok: true };
  } catch (error) {
    if (isOutboundRefusal(error)) return { ok: false, message: error.message };
    return { ok: true };
  }
}
