import ipaddr from "ipaddr.js";

export type TAddressClass = {
  /** The address as it will be dialled: an IPv4-mapped IPv6 address is reduced to the IPv4 address it denotes. */
  address: string;
  /** Routable on the public internet, so calling it cannot reach this machine or its private network. */
  isPublic: boolean;
  /** What it is, as a noun phrase ("a loopback address (this machine)"); "a public address" when public. */
  range: string;
};

// ipaddr.js names every special-purpose range of the IANA registries; anything it does not call "unicast" is refused.
const rangeNames: Record<string, string> = {
  unspecified: "the unspecified address (it reaches this machine)",
  broadcast: "a broadcast address",
  multicast: "a multicast address",
  linkLocal: "a link-local address (where cloud metadata services live)",
  loopback: "a loopback address (this machine)",
  carrierGradeNat: "a carrier-grade NAT address (RFC 6598)",
  private: "a private network address (RFC 1918)",
  reserved: "a reserved or documentation address",
  as112: "an AS112 address",
  amt: "an AMT relay address",
  uniqueLocal: "a unique local address (IPv6 private network)",
  deprecatedSiteLocal: "a site-local address (IPv6 private network)",
  discard: "a discard-only address",
  rfc6145: "an IPv4-translated address (RFC 6145)",
  rfc6052: "a NAT64 address (it embeds an IPv4 address)",
  "6to4": "a 6to4 address (it embeds an IPv4 address)",
  teredo: "a Teredo address (it embeds an IPv4 address)",
  benchmarking: "a benchmarking address",
  as112v6: "an AS112 address",
  deprecatedOrchid: "an ORCHID address",
  orchid2: "an ORCHIDv2 address",
  droneRemoteIdProtocolEntityTags: "a DRIP entity tag",
  segmentRouting: "a segment-routing address",
};

// Only 2000::/3 is allocated for global unicast; the rest of the IPv6 space (e.g. the old IPv4-compatible ::a.b.c.d)
// is reserved, whatever ipaddr.js calls it.
const globalUnicastV6 = ipaddr.parseCIDR("2000::/3");

const metadataAddresses = new Set(["169.254.169.254", "fd00:ec2::254", "100.100.100.200"]);

/**
 * Classifies one IP address (textual IPv4 or IPv6, without brackets). Pure. Throws on text that is not an address:
 * callers resolve names first.
 */
export function classifyAddress(text: string): TAddressClass {
  const parsed = parseAddress(text);
  const address = parsed.toString();
  const range = parsed.range();
  if (metadataAddresses.has(address)) {
    return { address, isPublic: false, range: "a cloud metadata service address" };
  }
  if (range !== "unicast")
    return { address, isPublic: false, range: rangeNames[range] ?? `a special-purpose address (${range})` };
  if (parsed.kind() === "ipv6" && !parsed.match(globalUnicastV6)) {
    return { address, isPublic: false, range: "a reserved IPv6 address (outside global unicast 2000::/3)" };
  }
  return { address, isPublic: true, range: "a public address" };
}

/** Parses an address, reducing ::ffff:a.b.c.d to a.b.c.d: it is the IPv4 host a dual-stack socket would reach. */
export function parseAddress(text: string): ipaddr.IPv4 | ipaddr.IPv6 {
  const bare = text.startsWith("[") && text.endsWith("]") ? text.slice(1, -1) : text;
  // A zone id (fe80::1%eth0) names an interface, not a different address.
  const withoutZone = bare.replace(/%.*$/, "");
  if (!ipaddr.isValid(withoutZone)) throw new Error(`not an IP address: ${text}`);
  return ipaddr.process(withoutZone);
}

export function isIpLiteral(text: string): boolean {
  const bare = text.startsWith("[") && text.endsWith("]") ? text.slice(1, -1) : text;
  return ipaddr.isValid(bare.replace(/%.*$/, "")) && (bare.includes(":") || ipaddr.IPv4.isValidFourPartDecimal(bare));
}
