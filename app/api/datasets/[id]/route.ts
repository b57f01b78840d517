import { ZIdParams } from "@/lib/api/ids";
import { jsonResponse } from "@/lib/api/response";
import { apiRoute } from "@/lib/api/route";
import { datasetNotFound, deleteDataset } from "@/lib/datasets/delete";
import { findDataset } from "@/lib/datasets/queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ params: ZIdParams }, async ({ params }) => {
  const dataset = await findDataset(params.id);
  if (!dataset) throw datasetNotFound();
  return jsonResponse(dataset);
});

export const DELETE = apiRoute({ params: ZIdParams }, async ({ params }) => {
  await deleteDataset(params.id);
  return new Response(null, { status: 204 });
});
