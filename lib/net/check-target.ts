import { lookup } from "node:dns/promises";
import { classifyAddress, isIpLiteral } from "./address-ranges";
import { allowsAddress, allowsHostName, stripBrackets, type TAllowlist } from "./allowlist";
import { OutboundRefusedError } from "./errors";

/** Resolves a host name to every address it has (A and AAAA). Injected in tests to script DNS answers. */
export type TResolver = (hostname: string) => Promise<string[]>;

export type TNetPolicy = { allowlist: TAllowlist; resolve: TResolver };

export type TTarget = { hostname: string; port: number };

export const systemResolver: TResolver = async (hostname) =>
  (await lookup(hostname, { all: true, order: "verbatim" })).map((entry) => entry.address);

/**
 * Parses a user-supplied URL with the WHATWG parser (which turns decimal, octal, hex and short IPv4 forms, and
 * full-width digits, into a dotted quad) and refuses anything but http and https.
 */
export function parseTargetUrl(text: string): TTarget & { url: URL } {
  const url = URL.parse(text);
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) {
    throw new OutboundRefusedError("EVALBOARD_PROTOCOL_REFUSED", `only http:// and https:// URLs are called`);
  }
  const port = url.port === "" ? (url.protocol === "https:" ? 443 : 80) : Number(url.port);
  return { url, hostname: stripBrackets(url.hostname), port };
}

/**
 * The addresses a connection to `target` may use: every address the name resolves to must be public, or allowed by
 * EVALBOARD_ALLOWED_HOSTS (by host name, or by address/CIDR). One forbidden address refuses the whole name, so a
 * DNS answer mixing a public and an internal address cannot win a race. Throws OutboundRefusedError, or the
 * resolver's own error (ENOTFOUND...) when the name does not resolve.
 */
export async function resolveAllowedAddresses(target: TTarget, policy: TNetPolicy): Promise<string[]> {
  const hostname = stripBrackets(target.hostname);
  const literal = isIpLiteral(hostname);
  const resolved = literal ? [hostname] : await policy.resolve(hostname);
  if (resolved.length === 0) throw Object.assign(new Error(`${hostname} has no address`), { code: "ENOTFOUND" });
  const trustedName = !literal && allowsHostName(policy.allowlist, hostname, target.port);
  return resolved.map((text) => {
    const address = classifyAddress(text);
    if (trustedName || address.isPublic || allowsAddress(policy.allowlist, address.address, target.port)) {
      return address.address;
    }
    const subject = literal ? hostname : `${hostname} resolves to ${address.address}, which`;
    throw new OutboundRefusedError(
      "EVALBOARD_ADDRESS_REFUSED",
      `${subject} is ${address.range}; Evalboard does not call internal addresses. ` +
        `If this server is yours, add "${formatEntry(hostname, target.port)}" to EVALBOARD_ALLOWED_HOSTS.`,
    );
  });
}

/** Checks a whole URL: scheme, then every address of its host. */
export async function checkUrl(text: string, policy: TNetPolicy): Promise<string[]> {
  return resolveAllowedAddresses(parseTargetUrl(text), policy);
}

function formatEntry(hostname: string, port: number): string {
  return `${hostname.includes(":") ? `[${hostname}]` : hostname}:${port}`;
}
