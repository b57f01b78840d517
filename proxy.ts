import type { NextRequest } from "next/server";
import { gateRequest } from "@/lib/auth/gate";

/** Every page and API route passes here: lib/auth/gate.ts checks who is calling against lib/auth/policy.ts. */
export function proxy(request: NextRequest) {
  return gateRequest(request);
}

export const config = {
  // Everything but Next's static build output and the dataset uploads: pages, API routes and server actions alike.
  // Next buffers the whole request body before running a proxy (experimental.proxyClientMaxBodySize), so the
  // uploads (hundreds of MB) would sit in memory and an oversized one would get its 413 only once it had all
  // arrived: those two exact paths (`$`) skip the proxy and call lib/auth/gate.ts themselves before reading the
  // body. Must stay a literal (Next reads it at build time); lib/auth/route-permissions.int.test.ts checks it
  // against every route on disk.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/datasets$|api/datasets/preview$).*)"],
};
