import { authorizeApiRequest } from "@/lib/auth/gate";
import { toErrorResponse } from "./errors";

type TRouteContext<P> = { params: Promise<P> };

export type TApiRouteOptions = {
  /**
   * For routes that proxy.ts leaves out (the streamed uploads: a proxy makes Next buffer the whole body first):
   * the handler runs the proxy's own check, lib/auth/gate.ts, before it reads a byte of the body.
   */
  selfAuthorized?: boolean;
};

/**
 * Every route handler goes through this wrapper: expected errors (ApiError, zod, dataset input) become the API's
 * error shape with the right status; anything else is logged and masked as a 500.
 */
export function apiRoute<P = Record<string, string>>(
  handler: (request: Request, context: TRouteContext<P>) => Promise<Response>,
  options: TApiRouteOptions = {},
): (request: Request, context: TRouteContext<P>) => Promise<Response> {
  return async (request, context) => {
    try {
      if (!options.selfAuthorized) return await handler(request, context);
      const { refusal, setCookies } = await authorizeApiRequest(request);
      if (refusal) return refusal;
      return withCookies(await handler(request, context), setCookies);
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}

function withCookies(response: Response, setCookies: string[]): Response {
  if (setCookies.length === 0) return response;
  const headers = new Headers(response.headers);
  for (const cookie of setCookies) headers.append("set-cookie", cookie);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
