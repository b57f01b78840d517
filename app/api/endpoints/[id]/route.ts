import { apiRoute } from "@/lib/api/route";
import { endpointNotFound } from "@/lib/endpoints/errors";
import { jsonResponse, readJsonBody } from "@/lib/endpoints/http";
import { findEndpoint } from "@/lib/endpoints/queries";
import { ZEndpointPatch } from "@/lib/endpoints/schemas";
import { deleteEndpoint, updateEndpoint } from "@/lib/endpoints/service";

type TParams = { id: string };

export const dynamic = "force-dynamic";

export const GET = apiRoute<TParams>(async (_request, { params }) => {
  const endpoint = await findEndpoint((await params).id);
  if (!endpoint) throw endpointNotFound();
  return jsonResponse(endpoint);
});

export const PATCH = apiRoute<TParams>(async (request, { params }) => {
  const { id } = await params;
  const patch = ZEndpointPatch.parse(await readJsonBody(request));
  return jsonResponse(await updateEndpoint(id, patch));
});

export const DELETE = apiRoute<TParams>(async (_request, { params }) => {
  await deleteEndpoint((await params).id);
  return new Response(null, { status: 204 });
});
