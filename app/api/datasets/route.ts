import { apiRoute } from "@/lib/api/route";
import { findDatasets } from "@/lib/datasets/queries";
import { handleUpload } from "@/lib/datasets/upload";

export const dynamic = "force-dynamic";

// proxy.ts leaves this path out so uploads stream straight into the handler: both methods authorise themselves.
export const GET = apiRoute(
  async () => Response.json({ datasets: await findDatasets() }, { headers: { "cache-control": "no-store" } }),
  { selfAuthorized: true },
);

export const POST = apiRoute(handleUpload(), { selfAuthorized: true });
