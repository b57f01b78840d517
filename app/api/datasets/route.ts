import { apiRoute } from "@/lib/api/route";
import { findDatasets } from "@/lib/datasets/queries";
import { handleUpload } from "@/lib/datasets/upload";
import { ZDatasetList } from "@/lib/api/openapi/responses/datasets";
import { UPLOAD_ROUTE } from "@/lib/datasets/upload-route";

export const dynamic = "force-dynamic";

// proxy.ts leaves this path out so uploads stream straight into the handler: both methods authorise themselves,
// and the upload reads its multipart body itself (lib/datasets/multipart.ts: 415 for any other content type).
export const GET = apiRoute(
  { selfAuthorized: true, response: { status: 200, description: "Every dataset, newest first.", json: ZDatasetList } },
  async ({ reply }) => reply({ datasets: await findDatasets() }),
);

export const POST = apiRoute(UPLOAD_ROUTE, async ({ request }) => handleUpload()(request));
