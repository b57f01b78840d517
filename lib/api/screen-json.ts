import { toErrorResponse } from "./errors";
import { isJsonContentType, readJsonBody } from "./json-body";

type THandler = (request: Request) => Promise<Response>;

/**
 * For handlers this app does not write (Better Auth's): a JSON body gets the same checks as apiRoute's (size,
 * depth, valid JSON, no NUL anywhere: a NUL in a token's name would otherwise reach Postgres as a 500) before the
 * handler sees a copy of it. Other content types and empty bodies pass untouched: the handler decides about those.
 */
export function screenJsonBody(handler: THandler): THandler {
  return async (request) => {
    if (!isJsonContentType(request.headers.get("content-type")) || request.body === null) return handler(request);
    const text = await request.text();
    if (text.trim() === "") return handler(rebuild(request, text));
    try {
      await readJsonBody(rebuild(request, text));
    } catch (error) {
      return toErrorResponse(error);
    }
    return handler(rebuild(request, text));
  };
}

function rebuild(request: Request, body: string): Request {
  return new Request(request.url, { method: request.method, headers: request.headers, body });
}
