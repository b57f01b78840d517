import { apiRoute } from "@/lib/api/route";
import { findEndpoints } from "@/lib/endpoints/queries";
import { ZEndpointInput } from "@/lib/endpoints/schemas";
import { createEndpoint } from "@/lib/endpoints/service";
import { ZEndpointList, ZEndpointView } from "@/lib/api/openapi/responses/endpoints";

export const dynamic = "force-dynamic";

export const GET = apiRoute(
  { response: { status: 200, description: "Every endpoint.", json: ZEndpointList } },
  async ({ reply }) => reply({ endpoints: await findEndpoints() }),
);

export const POST = apiRoute(
  { body: ZEndpointInput, response: { status: 201, description: "The new endpoint.", json: ZEndpointView } },
  async ({ body, reply }) => reply(await createEndpoint(body)),
);
