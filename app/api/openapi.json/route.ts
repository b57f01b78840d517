import { apiRoute } from "@/lib/api/route";
import { getOpenApiDocument } from "@/lib/api/openapi/document";
import { ZOpenApiDocument } from "@/lib/api/openapi/responses/board";

export const dynamic = "force-dynamic";

/** The API's OpenAPI 3.1 document, generated from the routes' own zod schemas; rendered at /docs/api. */
export const GET = apiRoute(
  { response: { status: 200, description: "This OpenAPI 3.1 document.", json: ZOpenApiDocument } },
  async ({ reply }) => reply(getOpenApiDocument()),
);
