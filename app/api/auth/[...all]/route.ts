import { toNextJsHandler } from "better-auth/next-js";
import { screenJsonBody } from "@/lib/api/screen-json";
import { auth } from "@/lib/auth/server";

export const dynamic = "force-dynamic";

const handlers = toNextJsHandler(auth);

/** Better Auth: sign-in/out, session, API tokens (/api-key/*) and user management (/admin/*). */
export const GET = handlers.GET;

/** Its JSON bodies get the API's edge checks first (lib/api/screen-json.ts). */
export const POST = screenJsonBody(handlers.POST);
