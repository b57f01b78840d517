import ipaddr from "ipaddr.js";

/**
 * The header that carries the caller's address to proxy.ts, route handlers and Better Auth. Next passes route
 * handlers no socket address, and under `next start` only fills `X-Forwarded-For` when the client sent none, so a
 * client could claim any address. The web server (web/server.ts) removes any copy the client sent and sets this one
 * from the socket, or from `X-Forwarded-For` when the socket is a trusted proxy.
 */
export const CLIENT_ADDRESS_HEADER = "x-evalboard-client-address";

export type TRange = [ipaddr.IPv4 | ipaddr.IPv6, number];

/** EVALBOARD_TRUSTED_PROXIES: comma-separated IP addresses or CIDR ranges of the reverse proxies in front. */
export function parseTrustedProxies(text: string): { ranges: TRange[]; errors: string[] } {
  const ranges: TRange[] = [];
  const errors: string[] = [];
  for (const raw of text.split(",")) {
    const item = raw.trim();
    if (item === "") continue;
    try {
      ranges.push(item.includes("/") ? ipaddr.parseCIDR(item) : toRange(ipaddr.parse(item)));
    } catch {
      errors.push(`"${item}": not an IP address or CIDR range (e.g. 10.0.0.5 or 10.0.0.0/24)`);
    }
  }
  return { ranges, errors };
}

/**
 * The caller's address: the socket's, unless the socket is a trusted proxy; then `X-Forwarded-For` is read right to
 * left (each proxy appends the address it saw), skipping trusted hops, and the first untrusted address is the
 * client. Anything to the left of it was written by the client and is ignored; a malformed hop there stops the walk
 * at the last address a trusted proxy vouched for, never in a shared "unknown" bucket.
 */
export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | undefined,
  trusted: readonly TRange[],
): string | null {
  const socket = normalizeAddress(socketAddress);
  if (socket === null || !isTrustedAddress(socket, trusted) || !forwardedFor) return socket;
  let client = socket;
  const hops = forwardedFor.split(",").map((hop) => hop.trim());
  for (let i = hops.length - 1; i >= 0; i -= 1) {
    const hop = normalizeAddress(hops[i]);
    if (hop === null) return client;
    client = hop;
    if (!isTrustedAddress(hop, trusted)) return hop;
  }
  return client;
}

/** The address set by the web server, or null (a request that did not come through it: `next dev`, tests). */
export function readClientAddress(headers: Headers): string | null {
  return normalizeAddress(headers.get(CLIENT_ADDRESS_HEADER) ?? undefined);
}

/** IPv4-mapped IPv6 (`::ffff:10.0.0.1`, how a dual-stack socket reports IPv4) as plain IPv4; null if not an IP. */
export function normalizeAddress(text: string | undefined): string | null {
  // ipaddr.js also reads "1" or "0x7f.1" as IPv4; a forwarded hop in such a form is not a proxy's doing.
  if (!text || !(ipaddr.IPv4.isValidFourPartDecimal(text) || ipaddr.IPv6.isValid(text))) return null;
  return ipaddr.process(text).toString();
}

export function isTrustedAddress(address: string, trusted: readonly TRange[]): boolean {
  const parsed = ipaddr.process(address);
  return trusted.some(([range, bits]) => parsed.kind() === range.kind() && parsed.match(range, bits));
}

function toRange(address: ipaddr.IPv4 | ipaddr.IPv6): TRange {
  const processed = address.kind() === "ipv6" ? ipaddr.process(address.toString()) : address;
  return [processed, processed.kind() === "ipv4" ? 32 : 128];
}
