import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { datasetNotFound, deleteDataset } from "@/lib/datasets/delete";
import { findDataset } from "@/lib/datasets/queries";
import { ZDatasetDetail } from "@/lib/api/openapi/responses/datasets";

export const dynamic = "force-dynamic";

export const GET = apiRoute(
  {
    params: ZIdParams,
    response: { status: 200, description: "The dataset with its label counts.", json: ZDatasetDetail },
  },
  async ({ params, reply }) => {
    const dataset = await findDataset(params.id);
    if (!dataset) throw datasetNotFound();
    return reply(dataset);
  },
);

export const DELETE = apiRoute(
  { params: ZIdParams, response: { status: 204, description: "Deleted." } },
  async ({ params }) => {
    await deleteDataset(params.id);
    return new Response(null, { status: 204 });
  },
);
