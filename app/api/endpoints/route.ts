import { jsonResponse } from "@/lib/api/response";
import { apiRoute } from "@/lib/api/route";
import { findEndpoints } from "@/lib/endpoints/queries";
import { ZEndpointInput } from "@/lib/endpoints/schemas";
import { createEndpoint } from "@/lib/endpoints/service";

export const dynamic = "force-dynamic";

export const GET = apiRoute({}, async () => jsonResponse({ endpoints: await findEndpoints() }));

export const POST = apiRoute({ body: ZEndpointInput }, async ({ body }) =>
  jsonResponse(await createEndpoint(body), 201),
);
