import { ZIdParams } from "@/lib/api/ids";
import { jsonResponse } from "@/lib/api/response";
import { apiRoute } from "@/lib/api/route";
import { datasetNotFound } from "@/lib/datasets/delete";
import { findSamplePage, ZSampleQuery } from "@/lib/datasets/samples";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ params: ZIdParams, query: ZSampleQuery }, async ({ params, query }) => {
  const page = await findSamplePage(params.id, query);
  if (!page) throw datasetNotFound();
  return jsonResponse(page);
});
