import { apiRoute } from "@/lib/api/route";
import { datasetNotFound } from "@/lib/datasets/delete";
import { findSamplePage } from "@/lib/datasets/samples";

type TParams = { id: string };

export const dynamic = "force-dynamic";

export const GET = apiRoute<TParams>(async (request, { params }) => {
  const searchParams = Object.fromEntries(new URL(request.url).searchParams);
  const page = await findSamplePage((await params).id, searchParams);
  if (!page) throw datasetNotFound();
  return Response.json(page, { headers: { "cache-control": "no-store" } });
});
