import { apiRoute } from "@/lib/api/route";
import { findDatasets } from "@/lib/datasets/queries";
import { handleUpload } from "@/lib/datasets/upload";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async () =>
  Response.json({ datasets: await findDatasets() }, { headers: { "cache-control": "no-store" } }),
);

export const POST = apiRoute(handleUpload());
