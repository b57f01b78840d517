import { describe, expect, it } from "vitest";
import { parseTrustedProxies, readClientAddress, resolveClientAddress } from "./client-address";

const proxies = parseTrustedProxies("10.0.0.5, 192.168.1.0/24, fd00::/8").ranges;

describe("resolveClientAddress", () => {
  it("is the socket's address when the socket is not a trusted proxy, whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress("203.0.113.7", "198.51.100.1", proxies)).toBe("203.0.113.7");
    expect(resolveClientAddress("203.0.113.7", "garbage", [])).toBe("203.0.113.7");
    expect(resolveClientAddress("::ffff:203.0.113.7", undefined, proxies)).toBe("203.0.113.7");
  });

  it("walks a trusted proxy's X-Forwarded-For from the right, skipping trusted hops", () => {
    expect(resolveClientAddress("10.0.0.5", "198.51.100.1", proxies)).toBe("198.51.100.1");
    expect(resolveClientAddress("10.0.0.5", "1.2.3.4, 198.51.100.1, 192.168.1.9", proxies)).toBe("198.51.100.1");
    // What the client wrote to the left of the address the proxy saw is ignored, junk included.
    expect(resolveClientAddress("10.0.0.5", "garbage, 198.51.100.1", proxies)).toBe("198.51.100.1");
    expect(resolveClientAddress("fd00::1", "2001:db8::1", proxies)).toBe("2001:db8::1");
  });

  it("stops at the last vouched-for address when a hop is not an address, never a shared bucket", () => {
    expect(resolveClientAddress("10.0.0.5", "198.51.100.1, garbage", proxies)).toBe("10.0.0.5");
    expect(resolveClientAddress("10.0.0.5", "0x7f.1", proxies)).toBe("10.0.0.5");
    expect(resolveClientAddress("10.0.0.5", "", proxies)).toBe("10.0.0.5");
  });

  it("is null without a socket address", () => {
    expect(resolveClientAddress(undefined, "198.51.100.1", proxies)).toBeNull();
  });
});

describe("parseTrustedProxies", () => {
  it("reads IPs and CIDRs and names what it cannot read", () => {
    expect(parseTrustedProxies(" 10.0.0.5 ,, ::1, 10.0.0.0/8 ").ranges).toHaveLength(3);
    expect(parseTrustedProxies("proxy.lan, 10.0.0.0/99").errors).toEqual([
      '"proxy.lan": not an IP address or CIDR range (e.g. 10.0.0.5 or 10.0.0.0/24)',
      '"10.0.0.0/99": not an IP address or CIDR range (e.g. 10.0.0.5 or 10.0.0.0/24)',
    ]);
  });
});

describe("readClientAddress", () => {
  it("reads the web server's header, and nothing that is not an address", () => {
    expect(readClientAddress(new Headers({ "x-evalboard-client-address": "203.0.113.7" }))).toBe("203.0.113.7");
    expect(readClientAddress(new Headers({ "x-evalboard-client-address": "nope" }))).toBeNull();
    expect(readClientAddress(new Headers())).toBeNull();
  });
});
