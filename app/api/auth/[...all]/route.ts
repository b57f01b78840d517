import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/auth/server";

export const dynamic = "force-dynamic";

/** Better Auth: sign-in/out, session, API tokens (/api-key/*) and user management (/admin/*). */
export const { GET, POST } = toNextJsHandler(auth);
