import { apiRoute } from "@/lib/api/route";
import { previewUpload } from "@/lib/datasets/preview-upload";

export const dynamic = "force-dynamic";

// proxy.ts leaves this path out so the slice streams straight into the handler, which authorises itself first.
export const POST = apiRoute(
  async (request) => Response.json(await previewUpload(request), { headers: { "cache-control": "no-store" } }),
  { selfAuthorized: true },
);
