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
