import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, parseTrustedProxies } from "./client-address";
import { withClientAddress } from "./client-address-handler";

// A stand-in for Next's handler that answers with the headers it was handed.
let server: Server;
let port: number;
beforeAll(async () => {
  const echo = withClientAddress(
    (req, res) => res.end(JSON.stringify(req.headers)),
    parseTrustedProxies("127.0.0.2").ranges,
  );
  server = createServer(echo);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function headersSeen(from: string, headers: Record<string, string>) {
  return new Promise<Record<string, string>>((resolve, reject) => {
    const request = httpRequest({ host: "127.0.0.1", port, localAddress: from, headers }, (response) => {
      let text = "";
      response.on("data", (part: Buffer) => (text += part.toString()));
      response.on("end", () => resolve(JSON.parse(text) as Record<string, string>));
    });
    request.on("error", reject);
    request.end();
  });
}

const claimed = {
  [CLIENT_ADDRESS_HEADER]: "198.51.100.1",
  "x-forwarded-for": "198.51.100.2",
  "x-forwarded-proto": "https",
  "x-forwarded-host": "evil.example",
};

describe("withClientAddress", () => {
  it("replaces what a direct client claims with its socket address, and drops its proxy headers", async () => {
    const seen = await headersSeen("127.0.0.1", claimed);
    expect(seen[CLIENT_ADDRESS_HEADER]).toBe("127.0.0.1");
    expect(seen["x-forwarded-for"]).toBeUndefined();
    expect(seen["x-forwarded-proto"]).toBeUndefined();
    expect(seen["x-forwarded-host"]).toBeUndefined();
  });

  it("believes a trusted proxy's forwarded headers, but still not a client-address header", async () => {
    const seen = await headersSeen("127.0.0.2", claimed);
    expect(seen[CLIENT_ADDRESS_HEADER]).toBe("198.51.100.2");
    expect(seen["x-forwarded-proto"]).toBe("https");
    expect(seen["x-forwarded-host"]).toBe("evil.example");
  });
});

describe("a reverse proxy that is not configured", () => {
  async function warningsFor(trusted: string, requests: Record<string, string>[]) {
    const warnings: string[] = [];
    const handler = withClientAddress(
      (req, res) => res.end("{}"),
      parseTrustedProxies(trusted).ranges,
      (message) => warnings.push(message),
    );
    const local = createServer(handler);
    await new Promise<void>((resolve) => local.listen(0, "127.0.0.1", resolve));
    try {
      for (const headers of requests) {
        await new Promise<void>((resolve, reject) => {
          const { port: localPort } = local.address() as AddressInfo;
          const request = httpRequest({ host: "127.0.0.1", port: localPort, headers }, (response) => {
            response.resume();
            response.on("end", resolve);
          });
          request.on("error", reject);
          request.end();
        });
      }
    } finally {
      await new Promise<void>((resolve) => local.close(() => resolve()));
    }
    return warnings;
  }

  it("is reported once, when a local address sends X-Forwarded-For and no trusted proxy is set", async () => {
    const forwarded = { "x-forwarded-for": "203.0.113.7" };
    const warnings = await warningsFor("", [{}, forwarded, forwarded]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/from 127\.0\.0\.1 carries X-Forwarded-For, but EVALBOARD_TRUSTED_PROXIES is empty/);
  });

  it("is not reported without X-Forwarded-For, or once proxies are configured", async () => {
    expect(await warningsFor("", [{}, {}])).toEqual([]);
    expect(await warningsFor("127.0.0.1", [{ "x-forwarded-for": "203.0.113.7" }])).toEqual([]);
  });
});
