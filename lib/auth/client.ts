"use client";

import { apiKeyClient } from "@better-auth/api-key/client";
import { adminClient } from "better-auth/client/plugins";
import { createAuthClient } from "better-auth/react";
import { accessControl, authRoles } from "./access-control";

/** Browser side of lib/auth/server.ts: same origin, so no base URL. */
export const authClient = createAuthClient({
  plugins: [adminClient({ ac: accessControl, roles: authRoles }), apiKeyClient()],
});

/** Better Auth's error, or a rate-limit message, as one sentence for the form. */
export function describeAuthError(error: { status: number; message?: string | undefined } | null): string {
  if (!error) return "";
  if (error.status === 429) return "Too many attempts. Wait a minute, then try again.";
  return error.message || `Request failed (${error.status}).`;
}
