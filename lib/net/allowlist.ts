import ipaddr from "ipaddr.js";
import { isIpLiteral, parseAddress } from "./address-ranges";

type TRange = [ipaddr.IPv4 | ipaddr.IPv6, number];

/** One EVALBOARD_ALLOWED_HOSTS entry; `port` undefined means any port. */
export type TAllowEntry =
  | { kind: "host"; host: string; port?: number; text: string }
  | { kind: "range"; range: TRange; port?: number; text: string };

export type TAllowlist = readonly TAllowEntry[];

/**
 * Parses the comma-separated allowlist: host names (`gpu-box.lan`), IP addresses (`127.0.0.1`, `::1`), CIDR ranges
 * (`10.0.0.0/8`, `fd00::/8`), each host or address optionally with a port (`127.0.0.1:3000`, `[::1]:8000`,
 * `ollama:11434`). Host names and IPs are normalised the way URLs are, so `0x7f.1` means 127.0.0.1.
 */
export function parseAllowlist(text: string): { entries: TAllowEntry[]; errors: string[] } {
  const entries: TAllowEntry[] = [];
  const errors: string[] = [];
  for (const raw of text.split(",")) {
    const item = raw.trim().toLowerCase();
    if (item === "") continue;
    const entry = parseEntry(item);
    if (typeof entry === "string") errors.push(`"${item}": ${entry}`);
    else entries.push(entry);
  }
  return { entries, errors };
}

function parseEntry(text: string): TAllowEntry | string {
  if (text.includes("://")) return "write a host name, IP address or CIDR range, not a URL";
  if (text.includes("/")) {
    try {
      return { kind: "range", range: normaliseRange(ipaddr.parseCIDR(text)), text };
    } catch {
      return "not a valid CIDR range (e.g. 10.0.0.0/8 or fd00::/8)";
    }
  }
  if (ipaddr.IPv6.isValid(text)) return { kind: "range", range: singleAddress(text), text };
  const match = /^\[([^\]]+)\](?::(\d+))?$/.exec(text) ?? /^([^:[\]]+)(?::(\d+))?$/.exec(text);
  if (!match) return "not a host name, IP address or CIDR range";
  const port = match[2] === undefined ? undefined : Number(match[2]);
  if (port !== undefined && (port < 1 || port > 65535)) return "the port must be between 1 and 65535";
  const host = normaliseHost(match[1] as string);
  if (host === null) return "not a valid host name";
  const withPort = port === undefined ? {} : { port };
  if (isIpLiteral(host)) return { kind: "range", range: singleAddress(host), text, ...withPort };
  return { kind: "host", host, text, ...withPort };
}

// The same normalisation a base URL's host goes through (IDNA, numeric IPv4 forms), so entries and URLs compare.
function normaliseHost(host: string): string | null {
  const url = URL.parse(`http://${host.includes(":") ? `[${host}]` : host}/`);
  if (!url || url.hostname === "") return null;
  return stripBrackets(url.hostname).replace(/\.$/, "");
}

function singleAddress(text: string): TRange {
  const address = parseAddress(text);
  return [address, address.kind() === "ipv4" ? 32 : 128];
}

// A CIDR written with an IPv4-mapped base (::ffff:10.0.0.0/104) is the IPv4 range it denotes.
function normaliseRange([address, bits]: TRange): TRange {
  if (address.kind() === "ipv6" && (address as ipaddr.IPv6).isIPv4MappedAddress() && bits >= 96) {
    return [(address as ipaddr.IPv6).toIPv4Address(), bits - 96];
  }
  return [address, bits];
}

export function stripBrackets(host: string): string {
  return host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
}

function portMatches(entry: TAllowEntry, port: number): boolean {
  return entry.port === undefined || entry.port === port;
}

/** A host-name entry allows whatever that name resolves to (the operator vouches for the name). */
export function allowsHostName(list: TAllowlist, hostname: string, port: number): boolean {
  const host = stripBrackets(hostname).toLowerCase().replace(/\.$/, "");
  return list.some((entry) => entry.kind === "host" && entry.host === host && portMatches(entry, port));
}

/** An address or CIDR entry allows that address, whichever name led to it. */
export function allowsAddress(list: TAllowlist, address: string, port: number): boolean {
  const parsed = parseAddress(address);
  return list.some(
    (entry) =>
      entry.kind === "range" &&
      entry.range[0].kind() === parsed.kind() &&
      parsed.match(entry.range) &&
      portMatches(entry, port),
  );
}
