import type { IncomingMessage, ServerResponse } from "node:http";
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
export function withClientAddress(handle: TNodeHandler, trusted: readonly TRange[]): TNodeHandler {
  return (req, res) => {
    const socket = normalizeAddress(req.socket.remoteAddress);
    const forwardedFor = req.headers["x-forwarded-for"];
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
