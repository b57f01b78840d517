import { Agent, buildConnector, fetch as undiciFetch, type RequestInit as TUndiciRequestInit } from "undici";
import { parseTargetUrl, resolveAllowedAddresses, type TNetPolicy } from "./check-target";
import { OutboundRefusedError } from "./errors";

export type TGuardedFetch = ((input: string | URL | Request, init?: RequestInit) => Promise<Response>) & {
  /** Closes the keep-alive connections (tests). */
  close: () => Promise<void>;
};

const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

// Our own per-attempt deadline (lib/llm) ends requests; undici's 5-minute defaults would cut a legitimately slow
// model short, so its timeouts sit just above the longest endpoint timeout (10 min).
const TRANSPORT_TIMEOUT_MS = 11 * 60_000;

/**
 * A `fetch` for calling user-configured URLs (the openai SDK's `fetch` option). Each new connection resolves the host
 * once, checks every address against the policy, and dials the checked address itself: there is no second DNS
 * lookup for a rebinding name to answer differently. TLS still verifies the certificate against the host name (SNI
 * comes from the Host header). Redirects are refused, not followed: an OpenAI-compatible API has no reason to send
 * one, and following it would reach a URL nobody checked.
 */
export function createGuardedFetch(policy: TNetPolicy, options: { connectTimeoutMs?: number } = {}): TGuardedFetch {
  const dial = buildConnector({ timeout: options.connectTimeoutMs ?? 10_000 });
  const connect: buildConnector.connector = (target, callback) => {
    const port = Number(target.port) || (target.protocol === "https:" ? 443 : 80);
    resolveAllowedAddresses({ hostname: target.hostname, port }, policy).then(
      ([address]) => dial({ ...target, hostname: address as string }, callback),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  };
  const agent = new Agent({ connect, headersTimeout: TRANSPORT_TIMEOUT_MS, bodyTimeout: TRANSPORT_TIMEOUT_MS });

  async function guardedFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
    if (typeof input !== "string" && !(input instanceof URL)) {
      throw new TypeError("guarded fetch takes a URL string or URL, not a Request");
    }
    const { url } = parseTargetUrl(input.toString());
    const response = await undiciFetch(url, {
      ...(init as TUndiciRequestInit),
      redirect: "manual",
      dispatcher: agent,
    });
    if (REDIRECT_STATUSES.has(response.status)) {
      await response.body?.cancel().catch(() => undefined);
      const location = response.headers.get("location") ?? "(no Location header)";
      throw new OutboundRefusedError(
        "EVALBOARD_REDIRECT_REFUSED",
        `the server answered ${response.status} redirecting to ${location}; redirects are not followed ` +
          `(use the final URL as the base URL)`,
      );
    }
    return response as unknown as Response;
  }

  return Object.assign(guardedFetch, { close: () => agent.close() });
}
