import { apiRoute } from "@/lib/api/route";
import { datasetNotFound, deleteDataset } from "@/lib/datasets/delete";
import { findDataset } from "@/lib/datasets/queries";

type TParams = { id: string };

export const dynamic = "force-dynamic";

export const GET = apiRoute<TParams>(async (_request, { params }) => {
  const dataset = await findDataset((await params).id);
  if (!dataset) throw datasetNotFound();
  return Response.json(dataset, { headers: { "cache-control": "no-store" } });
});

export const DELETE = apiRoute<TParams>(async (_request, { params }) => {
  await deleteDataset((await params).id);
  return new Response(null, { status: 204 });
});
