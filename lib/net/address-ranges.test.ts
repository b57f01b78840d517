import { describe, expect, it } from "vitest";
import { loadEnv } from "@/lib/env";
import { classifyAddress } from "./address-ranges";

describe("classifyAddress", () => {
  it.each([
    "8.8.8.8",
    "1.1.1.1",
    "100.63.255.255", // just below carrier-grade NAT 100.64.0.0/10
    "100.128.0.0", // just above it
    "172.15.255.255", // just below 172.16.0.0/12
    "172.32.0.0", // just above it
    "11.0.0.1",
    "169.253.255.255",
    "2606:4700:4700::1111",
    "2a00:1450:4007:80e::200e",
  ])("calls %s public", (address) => {
    expect(classifyAddress(address)).toMatchObject({ isPublic: true });
  });

  it.each([
    ["127.255.255.254", /loopback/],
    ["10.255.255.255", /private/],
    ["172.31.255.255", /private/],
    ["192.168.0.0", /private/],
    ["100.127.255.255", /carrier-grade NAT/],
    ["169.254.0.1", /link-local/],
    ["0.1.2.3", /unspecified/],
    ["192.0.0.8", /reserved/],
    ["::ffff:127.0.0.1", /loopback/],
    ["fe80::1%eth0", /link-local/],
    ["ff02::1", /multicast/],
    ["2001:db8::1", /reserved or documentation/],
    ["2001::1", /Teredo/],
    ["::a00:1", /reserved IPv6/],
  ])("refuses %s (%s)", (address, range) => {
    const verdict = classifyAddress(address);
    expect(verdict.isPublic).toBe(false);
    expect(verdict.range).toMatch(range);
  });

  it("reduces an IPv4-mapped address to the IPv4 address a socket would reach", () => {
    expect(classifyAddress("::ffff:7f00:1").address).toBe("127.0.0.1");
    expect(classifyAddress("[::ffff:8.8.8.8]")).toEqual({
      address: "8.8.8.8",
      isPublic: true,
      range: "a public address",
    });
  });
});

describe("EVALBOARD_ALLOWED_HOSTS in lib/env", () => {
  it("is empty by default and names an invalid entry at start-up", () => {
    expect(loadEnv({}).EVALBOARD_ALLOWED_HOSTS).toBe("");
    expect(() => loadEnv({ EVALBOARD_ALLOWED_HOSTS: "127.0.0.1,http://gpu-box:8000" })).toThrow(
      /EVALBOARD_ALLOWED_HOSTS: "http:\/\/gpu-box:8000": write a host name/,
    );
  });
});
