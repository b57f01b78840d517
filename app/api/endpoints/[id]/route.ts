import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { endpointNotFound } from "@/lib/endpoints/errors";
import { findEndpoint } from "@/lib/endpoints/queries";
import { ZEndpointPatch } from "@/lib/endpoints/schemas";
import { deleteEndpoint, updateEndpoint } from "@/lib/endpoints/service";
import { ZEndpointView } from "@/lib/api/openapi/responses/endpoints";

export const dynamic = "force-dynamic";

export const GET = apiRoute(
  { params: ZIdParams, response: { status: 200, description: "The endpoint (never its key).", json: ZEndpointView } },
  async ({ params, reply }) => {
    const endpoint = await findEndpoint(params.id);
    if (!endpoint) throw endpointNotFound();
    return reply(endpoint);
  },
);

export const PATCH = apiRoute(
  {
    params: ZIdParams,
    body: ZEndpointPatch,
    response: { status: 200, description: "The updated endpoint.", json: ZEndpointView },
  },
  async ({ params, body, reply }) => reply(await updateEndpoint(params.id, body)),
);

export const DELETE = apiRoute(
  { params: ZIdParams, response: { status: 204, description: "Deleted." } },
  async ({ params }) => {
    await deleteEndpoint(params.id);
    return new Response(null, { status: 204 });
  },
);
