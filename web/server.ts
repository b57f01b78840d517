// The production web server: Next's request handler behind withClientAddress, so that proxy.ts, the routes and
// Better Auth's rate limiter see the caller's real address (see lib/auth/client-address.ts). scripts/start.sh runs
// it (bundled to dist/web/server.js) in place of `next start`, with the same --port and --hostname.
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { parseTrustedProxies } from "@/lib/auth/client-address";
import { env } from "@/lib/env";
import { withClientAddress } from "@/lib/auth/client-address-handler";
import { isRepeatOfFirstSignal } from "@/workers/shutdown";

const { values } = parseArgs({
  options: { port: { type: "string", default: "3000" }, hostname: { type: "string", default: "127.0.0.1" } },
});
const port = Number(values.port);
const hostname = values.hostname;

const app = next({ dev: false, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();
const server = createServer(withClientAddress(handle, parseTrustedProxies(env.EVALBOARD_TRUSTED_PROXIES).ranges));
// A port already taken (another instance) must end this process with a failure, so that its supervisor counts it and
// gives up after a few tries; Next's own uncaughtException handler would exit 0.
server.on("error", (error) => {
  console.error(`web: ${error.message}`);
  process.exit(1);
});
server.listen(port, hostname, () => {
  console.log(`web: listening on http://${hostname}:${port}`);
});

// Stop accepting, let requests in flight finish, then exit; a later signal, or 10 s (a live-progress stream never
// ends on its own), exits at once. A repeat within 2 s is the same Ctrl-C/SIGTERM delivered twice: ignored.
let stoppingSince: number | null = null;
const stop = () => {
  if (stoppingSince !== null) {
    if (isRepeatOfFirstSignal(stoppingSince, Date.now())) return;
    process.exit(1);
  }
  stoppingSince = Date.now();
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 10_000).unref();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
