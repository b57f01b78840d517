import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { datasetNotFound } from "@/lib/datasets/delete";
import { findSamplePage, ZSampleQuery } from "@/lib/datasets/samples";
import { ZSamplePage } from "@/lib/api/openapi/responses/datasets";

export const dynamic = "force-dynamic";

export const GET = apiRoute(
  {
    params: ZIdParams,
    query: ZSampleQuery,
    response: { status: 200, description: "A page of samples.", json: ZSamplePage },
  },
  async ({ params, query, reply }) => {
    const page = await findSamplePage(params.id, query);
    if (!page) throw datasetNotFound();
    return reply(page);
  },
);
