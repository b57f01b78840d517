import type { z } from "zod";
import { jsonResponse } from "./response";
import { authorizeApiRequest } from "@/lib/auth/gate";
import { ApiError, toErrorResponse } from "./errors";
import { readJsonBody, invalidFields } from "./json-body";
import { firstValues } from "./search-params";
import { findNulFields } from "./text";

type TRouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

/** What a route declares: zod schemas for what it reads from the request, and how the body is authorised. */
export type TRouteSpec = {
  /** The path's dynamic segments; a value that fails it names nothing: 404. */
  params?: z.ZodType;
  /** The query string, one value per key (the first); a failure is a 422 naming the parameter. */
  query?: z.ZodType;
  /** A JSON body (Content-Type: application/json, at most `maxBodyBytes`); a failure is a 422 naming the field. */
  body?: z.ZodType;
  maxBodyBytes?: number;
  /**
   * For routes that proxy.ts leaves out (the streamed uploads: a proxy makes Next buffer the whole body first):
   * the handler runs the proxy's own check, lib/auth/gate.ts, before it reads a byte of the body, which it then
   * reads itself (multipart).
   */
  selfAuthorized?: boolean;
  /** What a success looks like, for the OpenAPI document (lib/api/openapi) and for `reply`'s type. */
  response: TResponseSpec;
  /** A multipart upload's text fields (the file part follows them), for the document only: the handler reads them. */
  multipart?: z.ZodType;
};

/**
 * The success answer: its status, a sentence for the document, and either the zod schema of its JSON body, a
 * streamed file's media types, or nothing (204). Failures all share the error shape (lib/api/errors.ts).
 */
export type TResponseSpec = {
  status: 200 | 201 | 204;
  description: string;
  json?: z.ZodType;
  /** Media types of a streamed, non-JSON body (exports). */
  media?: readonly string[];
  /** Other statuses answered with the same body (health: 503 when a dependency is down). */
  otherStatuses?: readonly number[];
};

/** The body `reply` accepts: the declared schema's input, so the handler's output is type-checked against it. */
type TReplyBody<S extends TRouteSpec> = S["response"]["json"] extends z.ZodType
  ? z.input<S["response"]["json"]>
  : never;

type TParsed<S> = S extends z.ZodType ? z.output<S> : undefined;

export type TRouteInput<S extends TRouteSpec> = {
  params: TParsed<S["params"]>;
  query: TParsed<S["query"]>;
  body: TParsed<S["body"]>;
  /** For headers, and for the uploads that stream their multipart body themselves. */
  request: Request;
  /** The declared success as JSON (never cached), with the declared status. */
  reply: (body: TReplyBody<S>) => Response;
};

export type TRouteHandler = (request: Request, context: TRouteContext) => Promise<Response>;

const specs = new WeakMap<TRouteHandler, TRouteSpec>();

/** What a route handler declared, or null for a handler not made by apiRoute: for the test that sweeps every route. */
export function routeSpecOf(handler: unknown): TRouteSpec | null {
  return typeof handler === "function" ? (specs.get(handler as TRouteHandler) ?? null) : null;
}

/**
 * Every route handler is a declaration of what it reads and one call into lib/: this wrapper parses the path, the
 * query and the body against the route's schemas before the handler runs, so no handler reads `request.json()`,
 * `searchParams` or a raw id. NUL characters anywhere in the query are refused (422) whether or not the route reads
 * that parameter. Expected errors (ApiError, zod, dataset input) become the API's error shape with the right
 * status; anything else is logged and masked as a 500.
 */
export function apiRoute<S extends TRouteSpec>(
  spec: S,
  handler: (input: TRouteInput<S>) => Promise<Response>,
): TRouteHandler {
  const route: TRouteHandler = async (request, context) => {
    try {
      if (!spec.selfAuthorized) return await handler(await parseRequest(spec, request, context));
      const { refusal, setCookies } = await authorizeApiRequest(request);
      if (refusal) return refusal;
      return withCookies(await handler(await parseRequest(spec, request, context)), setCookies);
    } catch (error) {
      return toErrorResponse(error);
    }
  };
  specs.set(route, spec);
  return route;
}

async function parseRequest<S extends TRouteSpec>(
  spec: S,
  request: Request,
  context: TRouteContext,
): Promise<TRouteInput<S>> {
  const query = firstValues(new URL(request.url).searchParams);
  const nul = findNulFields(query);
  if (nul.length > 0) throw invalidFields(nul);
  const params = await parseParams(spec.params, context);
  return {
    params,
    query: spec.query ? spec.query.parse(query) : undefined,
    body: spec.body ? spec.body.parse(await readJsonBody(request, spec.maxBodyBytes)) : undefined,
    request,
    reply: (body: unknown) => jsonResponse(body, spec.response.status),
  } as TRouteInput<S>;
}

async function parseParams(schema: z.ZodType | undefined, context: TRouteContext): Promise<unknown> {
  if (!schema) return undefined;
  const parsed = schema.safeParse(await context.params);
  if (parsed.success) return parsed.data;
  const field = parsed.error.issues[0]?.path.join(".") || "path";
  throw new ApiError(404, "not_found", `Nothing exists at this path: its ${field} is not a valid id.`);
}

function withCookies(response: Response, setCookies: string[]): Response {
  if (setCookies.length === 0) return response;
  const headers = new Headers(response.headers);
  for (const cookie of setCookies) headers.append("set-cookie", cookie);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
