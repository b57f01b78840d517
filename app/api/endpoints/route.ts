import { apiRoute } from "@/lib/api/route";
import { jsonResponse, readJsonBody } from "@/lib/endpoints/http";
import { findEndpoints } from "@/lib/endpoints/queries";
import { ZEndpointInput } from "@/lib/endpoints/schemas";
import { createEndpoint } from "@/lib/endpoints/service";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async () => jsonResponse({ endpoints: await findEndpoints() }));

export const POST = apiRoute(async (request) => {
  const input = ZEndpointInput.parse(await readJsonBody(request));
  return jsonResponse(await createEndpoint(input), 201);
});
