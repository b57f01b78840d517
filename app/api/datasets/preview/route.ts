import { apiRoute } from "@/lib/api/route";
import { previewUpload } from "@/lib/datasets/preview-upload";

export const dynamic = "force-dynamic";

export const POST = apiRoute(async (request) =>
  Response.json(await previewUpload(request), { headers: { "cache-control": "no-store" } }),
);
