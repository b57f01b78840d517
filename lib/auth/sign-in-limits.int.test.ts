// Issue 13, finding 2: the sign-in limits key on the real client address, over real sockets. The auth handler runs
// behind the web server's withClientAddress (web/server.ts), and each client binds its own loopback address
// (127.x.y.z), so the server sees distinct socket addresses. One address plays a trusted reverse proxy.
import { randomInt, randomUUID } from "node:crypto";
import { createServer, request as httpRequest, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestAccount, type TTestAccount } from "@/test/accounts";
import { withClientAddress } from "./client-address-handler";
import { CLIENT_ADDRESS_HEADER, parseTrustedProxies } from "./client-address";
import { ACCOUNT_LIMIT } from "./sign-in-account-limit";
import { auth } from "./server";

// Fresh addresses per run: the limits live in Postgres and outlast a rerun within the minute.
const prefix = `127.${randomInt(1, 250)}.${randomInt(1, 250)}`;
const address = (last: number) => `${prefix}.${last}`;
/** An address in another /24 than `prefix`'s (the per-account limit counts per network). */
const [networkBase, networkThird] = [randomInt(1, 200), randomInt(0, 250)];
const inNetwork = (network: number, last: number) => `127.${networkBase + network}.${networkThird}.${last}`;
const PROXY = address(200);

let server: Server;
let port: number;
let user: TTestAccount;

beforeAll(async () => {
  server = createServer(withClientAddress(forwardToAuth, parseTrustedProxies(PROXY).ranges));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  user = await createTestAccount("viewer");
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Node request → fetch Request → Better Auth → Node response, as Next's route adapter does. */
function forwardToAuth(req: IncomingMessage, res: import("node:http").ServerResponse): void {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
    const request = new Request(`http://127.0.0.1:3000${req.url ?? "/"}`, {
      method: req.method,
      headers,
      body: Buffer.concat(chunks),
    });
    void auth.handler(request).then(async (response) => {
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    });
  });
}

type TAnswer = { status: number; retryAfter: string | null; code?: string };

function signIn(from: string, body: { email: string; password: string }, headers: Record<string, string> = {}) {
  return new Promise<TAnswer>((resolve, reject) => {
    const request = httpRequest(
      {
        host: "127.0.0.1",
        port,
        localAddress: from,
        method: "POST",
        path: "/api/auth/sign-in/email",
        headers: { "content-type": "application/json", origin: "http://127.0.0.1:3000", ...headers },
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (part: string) => (text += part));
        response.on("end", () => {
          const retryAfter = response.headers["retry-after"];
          const code = text.startsWith("{") ? (JSON.parse(text) as { code?: string }).code : undefined;
          resolve({
            status: response.statusCode ?? 0,
            retryAfter: typeof retryAfter === "string" ? retryAfter : null,
            code,
          });
        });
      },
    );
    request.on("error", reject);
    request.end(JSON.stringify(body));
  });
}

const stranger = () => ({ email: `nobody-${randomUUID()}@test.evalboard.local`, password: "wrong password" });

describe("the sign-in limit per client address", () => {
  it("cannot be dodged with X-Forwarded-For or a forged client-address header: the 11th attempt gets 429", async () => {
    const statuses: number[] = [];
    for (let attempt = 1; attempt <= 15; attempt++) {
      const headers = { "x-forwarded-for": `203.0.113.${attempt}`, [CLIENT_ADDRESS_HEADER]: `198.51.100.${attempt}` };
      statuses.push((await signIn(address(1), stranger(), headers)).status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual(Array(5).fill(429));
  });

  it("cannot be turned into a lockout: junk X-Forwarded-For values land in the sender's own bucket", async () => {
    for (const junk of ["garbage", "a, b", "", "999.1.1.1", "garbage", "a, b", "x", "y", "z", "w", "v", "u"]) {
      await signIn(address(2), stranger(), { "x-forwarded-for": junk });
    }
    expect((await signIn(address(2), stranger())).status).toBe(429);
    const right = { email: user.email, password: user.password };
    // The real user, through the trusted proxy (which appends the address it saw) and directly from elsewhere.
    expect((await signIn(PROXY, right, { "x-forwarded-for": `garbage, ${address(3)}` })).status).toBe(200);
    expect((await signIn(address(4), right)).status).toBe(200);
  });

  it("behind a trusted proxy, keys on the address the proxy saw, not on the proxy", async () => {
    const client = address(5);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 11; attempt++) {
      statuses.push((await signIn(PROXY, stranger(), { "x-forwarded-for": `10.9.9.9, ${client}` })).status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses[10]).toBe(429);
    // Another client through the same proxy is not affected.
    expect((await signIn(PROXY, stranger(), { "x-forwarded-for": address(6) })).status).toBe(401);
  });
});

describe("the sign-in limit per account", () => {
  it("holds one network guessing a password to a few failures, with a short back-off", async () => {
    const victim = await createTestAccount("viewer");
    const known = address(20);
    // The owner signed in from `known` before the attack; a success is not a failure and does not count.
    expect((await signIn(known, { email: victim.email, password: victim.password })).status).toBe(200);
    const allowed = ACCOUNT_LIMIT.maxAttempts;
    const answers: TAnswer[] = [];
    // Many addresses, one /24: Better Auth's per-address limit alone would let each of them try 10 times a minute.
    for (let attempt = 0; attempt < allowed + 2; attempt++) {
      answers.push(await signIn(address(30 + attempt), { email: victim.email, password: `guess ${attempt}` }));
    }
    expect(answers.slice(0, allowed).map((answer) => answer.status)).toEqual(Array(allowed).fill(401));
    const held = answers[allowed];
    expect(held).toMatchObject({ status: 429, code: "TOO_MANY_ATTEMPTS_FOR_ACCOUNT" });
    expect(Number(held?.retryAfter)).toBeGreaterThan(0);
    expect(Number(held?.retryAfter)).toBeLessThanOrEqual(ACCOUNT_LIMIT.windowMs / 1000);
    // Even the right password is held back from that network while the window lasts: it cannot tell who is guessing.
    expect((await signIn(address(50), { email: victim.email, password: victim.password })).status).toBe(429);
    // The owner, from an address they signed in from before, is not held back at all.
    expect((await signIn(known, { email: victim.email, password: victim.password })).status).toBe(200);
    // Other accounts are not affected by this one's limit.
    expect((await signIn(address(40), { email: user.email, password: user.password })).status).toBe(200);
  });

  it("cannot lock a user out: failures from other networks do not stop the right password from a new address", async () => {
    const victim = await createTestAccount("viewer");
    // An attacker keeps the account's failures at the limit from three networks, and beyond it.
    for (const network of [1, 2, 3]) {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < ACCOUNT_LIMIT.maxAttempts + 1; attempt++) {
        const answer = await signIn(inNetwork(network, 10 + attempt), { email: victim.email, password: "guess" });
        statuses.push(answer.status);
      }
      expect(statuses.at(-1)).toBe(429);
    }
    // The user, on a device and network the account has never signed in from, gets in.
    expect((await signIn(inNetwork(4, 10), { email: victim.email, password: victim.password })).status).toBe(200);
  });

  it("counts only failures: a success clears its network's count", async () => {
    const victim = await createTestAccount("viewer");
    const typos = async (count: number) => {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < count; attempt++) {
        statuses.push((await signIn(inNetwork(5, 10 + attempt), { email: victim.email, password: "typo" })).status);
      }
      return statuses;
    };
    expect(await typos(ACCOUNT_LIMIT.maxAttempts - 1)).toEqual(Array(ACCOUNT_LIMIT.maxAttempts - 1).fill(401));
    expect((await signIn(inNetwork(5, 30), { email: victim.email, password: victim.password })).status).toBe(200);
    // Had the success or the earlier typos still counted, these would be held back with 429.
    expect(await typos(ACCOUNT_LIMIT.maxAttempts)).toEqual(Array(ACCOUNT_LIMIT.maxAttempts).fill(401));
  });
});
