/** API answers describe live state (progress, configuration): never cached. */
export function jsonResponse(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}
