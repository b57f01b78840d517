import { toJsonSchema, type TJsonSchema } from "./json-schema";
import { BETTER_AUTH_PATH } from "./better-auth";
import { describeRoute, openApiPath } from "./operations";
import { ROUTE_MODULES } from "./route-table";
import { ZErrorBody } from "./error-schema";

const INFO = {
  title: "Evalboard API",
  version: "1",
  description:
    "Upload datasets, register model endpoints, run evaluations and judgings, read leaderboards. Authenticate with " +
    "a personal API token (Settings → API tokens) as `Authorization: Bearer <token>`, or a signed-in session. " +
    "Every failure answers `{ error: { code, message, details? } }`.",
};

export type TOpenApiDocument = {
  openapi: "3.1.0";
  info: typeof INFO;
  paths: Record<string, TJsonSchema>;
  components: TJsonSchema;
  security: TJsonSchema[];
};

let built: TOpenApiDocument | null = null;

/**
 * The OpenAPI 3.1 document, made from the zod schemas each route declares to apiRoute (params, query, body,
 * multipart fields, response), so it cannot say something the handlers do not check. Built once per process.
 */
export function getOpenApiDocument(): TOpenApiDocument {
  built ??= buildOpenApiDocument();
  return built;
}

function buildOpenApiDocument(): TOpenApiDocument {
  const paths: Record<string, TJsonSchema> = {
    [openApiPath(BETTER_AUTH_PATH.route)]: BETTER_AUTH_PATH.operations,
  };
  for (const [route, module] of ROUTE_MODULES) paths[openApiPath(route)] = describeRoute(route, module);
  const sorted = Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b)));
  return {
    openapi: "3.1.0",
    info: INFO,
    paths: sorted,
    components: {
      schemas: { Error: toJsonSchema(ZErrorBody, "output") },
      securitySchemes: {
        token: { type: "http", scheme: "bearer", description: "A personal API token." },
        session: { type: "apiKey", in: "cookie", name: "evalboard.session_token" },
      },
    },
    security: [{ token: [] }, { session: [] }],
  };
}
