import type { IncomingMessage, ServerResponse } from "node:http";
import ipaddr from "ipaddr.js";
import {
  CLIENT_ADDRESS_HEADER,
  isTrustedAddress,
  normalizeAddress,
  resolveClientAddress,
  type TRange,
} from "./client-address";

type TNodeHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

/** Headers only a trusted proxy may set; from anyone else they are dropped (Next then fills them from the socket). */
const PROXY_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"] as const;

/**
 * Wraps Next's request handler: the caller's address (the socket's, or a trusted proxy's X-Forwarded-For) goes into
 * CLIENT_ADDRESS_HEADER, replacing any copy the client sent, before proxy.ts, a route or Better Auth sees the
 * request. Next itself only fills X-Forwarded-For when it is missing, so without this the client chose its address.
 */
export function withClientAddress(
  handle: TNodeHandler,
  trusted: readonly TRange[],
  warn: (message: string) => void = console.warn,
): TNodeHandler {
  let warned = false;
  return (req, res) => {
    const socket = normalizeAddress(req.socket.remoteAddress);
    const forwardedFor = req.headers["x-forwarded-for"];
    // A proxy on this machine or network, not configured: every client would share the proxy's address (and its
    // sign-in limits). Said once, as the first such request arrives.
    if (!warned && trusted.length === 0 && forwardedFor !== undefined && socket !== null && isLocal(socket)) {
      warned = true;
      warn(
        `[client-address] a request from ${socket} carries X-Forwarded-For, but EVALBOARD_TRUSTED_PROXIES is empty: ` +
          "if a reverse proxy is in front, every client counts as the proxy's address (one shared sign-in limit). " +
          "List the proxy in EVALBOARD_TRUSTED_PROXIES.",
      );
    }
    const address = resolveClientAddress(
      req.socket.remoteAddress,
      Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor,
      trusted,
    );
    delete req.headers[CLIENT_ADDRESS_HEADER];
    if (socket === null || !isTrustedAddress(socket, trusted))
      for (const name of PROXY_HEADERS) delete req.headers[name];
    if (address !== null) req.headers[CLIENT_ADDRESS_HEADER] = address;
    return handle(req, res);
  };
}

/** Loopback, private or link-local: where a reverse proxy in front of the app usually is. */
function isLocal(address: string): boolean {
  return ["loopback", "private", "uniqueLocal", "linkLocal"].includes(ipaddr.process(address).range());
}
