import { toErrorResponse } from "./errors";

type TRouteContext<P> = { params: Promise<P> };

/**
 * Every route handler goes through this wrapper: expected errors (ApiError, zod, dataset input) become the API's
 * error shape with the right status; anything else is logged and masked as a 500.
 */
export function apiRoute<P = Record<string, string>>(
  handler: (request: Request, context: TRouteContext<P>) => Promise<Response>,
): (request: Request, context: TRouteContext<P>) => Promise<Response> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}
