import { ApiError } from "@/lib/api/errors";

/** The request's JSON body; a body that is not JSON is a 400 rather than a masked 500. */
export async function readJsonBody(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new ApiError(400, "invalid_json", "The request body must be JSON.");
  }
}

/** Endpoint responses describe live configuration: never cache them. */
export function jsonResponse(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}
