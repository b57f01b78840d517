import { ZIdParams } from "@/lib/api/ids";
import { jsonResponse } from "@/lib/api/response";
import { apiRoute } from "@/lib/api/route";
import { endpointNotFound } from "@/lib/endpoints/errors";
import { findEndpoint } from "@/lib/endpoints/queries";
import { ZEndpointPatch } from "@/lib/endpoints/schemas";
import { deleteEndpoint, updateEndpoint } from "@/lib/endpoints/service";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ params: ZIdParams }, async ({ params }) => {
  const endpoint = await findEndpoint(params.id);
  if (!endpoint) throw endpointNotFound();
  return jsonResponse(endpoint);
});

export const PATCH = apiRoute({ params: ZIdParams, body: ZEndpointPatch }, async ({ params, body }) =>
  jsonResponse(await updateEndpoint(params.id, body)),
);

export const DELETE = apiRoute({ params: ZIdParams }, async ({ params }) => {
  await deleteEndpoint(params.id);
  return new Response(null, { status: 204 });
});
