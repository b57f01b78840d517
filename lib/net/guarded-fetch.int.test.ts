import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { parseAllowlist } from "./allowlist";
import { systemResolver, type TResolver } from "./check-target";
import { OutboundRefusedError } from "./errors";
import { createGuardedFetch, type TGuardedFetch } from "./guarded-fetch";

// Real sockets on loopback: 127.0.0.1 stands for an address the policy allows, 127.0.0.2 for an internal one.
type TTestServer = { port: number; hits: () => number; close: () => Promise<void> };

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function listen(
  host: string,
  port: number,
  handle: (request: IncomingMessage, response: ServerResponse) => void,
): Promise<TTestServer> {
  let hits = 0;
  const server: Server = createServer((request, response) => {
    hits++;
    handle(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  cleanups.push(close);
  return { port: (server.address() as AddressInfo).port, hits: () => hits, close };
}

const answer = (body: string) => (_request: IncomingMessage, response: ServerResponse) => response.end(body);

function guarded(allowed: string, resolve: TResolver = systemResolver): TGuardedFetch {
  const fetch = createGuardedFetch({ allowlist: parseAllowlist(allowed).entries, resolve });
  cleanups.push(fetch.close);
  return fetch;
}

async function refusalOf(promise: Promise<unknown>): Promise<OutboundRefusedError> {
  const error = await promise.then(
    () => new Error("the request was allowed"),
    (thrown: unknown) => thrown,
  );
  // undici reports a connector's error as TypeError("fetch failed") with ours as the cause.
  const refusal = error instanceof OutboundRefusedError ? error : (error as Error).cause;
  expect(refusal).toBeInstanceOf(OutboundRefusedError);
  return refusal as OutboundRefusedError;
}

describe("createGuardedFetch", () => {
  it("calls an allowed address, and refuses an internal one before any byte is sent", async () => {
    const internal = await listen("127.0.0.2", 0, answer("secret"));
    const allowed = await listen("127.0.0.1", 0, answer("ok"));
    const fetch = guarded("127.0.0.1");
    expect(await (await fetch(`http://127.0.0.1:${allowed.port}/v1/models`)).text()).toBe("ok");

    const refusal = await refusalOf(fetch(`http://127.0.0.2:${internal.port}/v1/models`));
    expect(refusal.message).toMatch(/127\.0\.0\.2 is a loopback address/);
    expect(internal.hits()).toBe(0);
  });

  it("refuses a name that the real resolver maps to loopback", async () => {
    const local = await listen("127.0.0.1", 0, answer("secret"));
    const refusal = await refusalOf(guarded("")(`http://localhost:${local.port}/v1/models`));
    expect(refusal.message).toMatch(/localhost resolves to (127\.0\.0\.1|::1), which is a loopback address/);
    expect(local.hits()).toBe(0);
  });

  it("refuses a redirect to loopback without following it", async () => {
    const target = await listen("127.0.0.2", 0, answer("metadata"));
    const redirector = await listen("127.0.0.1", 0, (_request, response) => {
      response.writeHead(302, { location: `http://127.0.0.2:${target.port}/latest/meta-data/` }).end();
    });
    // Even a redirect to an allowed address is refused: nobody checked where it leads when the URL was saved.
    const fetch = guarded(`127.0.0.1:${redirector.port}`);
    const refusal = await refusalOf(
      fetch(`http://127.0.0.1:${redirector.port}/v1/chat/completions`, { method: "POST" }),
    );
    expect(refusal.code).toBe("EVALBOARD_REDIRECT_REFUSED");
    expect(refusal.message).toContain(`302 redirecting to http://127.0.0.2:${target.port}/latest/meta-data/`);
    expect(redirector.hits()).toBe(1);
    expect(target.hits()).toBe(0);
  });

  it("pins each connection to the address it checked: a rebinding name cannot switch to an internal one", async () => {
    // The same port on two addresses: a client that resolved twice would land on the second server.
    const allowed = await listen("127.0.0.1", 0, (_request, response) => {
      // Closing every connection forces the next request to connect, and so to resolve, again.
      response.setHeader("connection", "close");
      response.end("allowed");
    });
    const internal = await listen("127.0.0.2", allowed.port, answer("internal"));
    const answers = [["127.0.0.1"], ["127.0.0.2"]];
    const lookups: string[][] = [];
    const rebinding: TResolver = async () => {
      const next = answers[Math.min(lookups.length, answers.length - 1)] as string[];
      lookups.push(next);
      return next;
    };
    const fetch = guarded("127.0.0.1", rebinding);
    const url = `http://rebind.attacker.example:${allowed.port}/v1/models`;

    expect(await (await fetch(url)).text()).toBe("allowed");
    expect(lookups).toEqual([["127.0.0.1"]]);

    const refusal = await refusalOf(fetch(url));
    expect(refusal.message).toMatch(/rebind\.attacker\.example resolves to 127\.0\.0\.2/);
    expect(lookups).toHaveLength(2);
    expect(internal.hits()).toBe(0);
    expect(allowed.hits()).toBe(1);
  });

  it("refuses schemes other than http and https", async () => {
    const refusal = await refusalOf(guarded("127.0.0.1")("file:///etc/passwd"));
    expect(refusal.code).toBe("EVALBOARD_PROTOCOL_REFUSED");
  });
});
