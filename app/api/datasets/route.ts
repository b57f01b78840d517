import { jsonResponse } from "@/lib/api/response";
import { apiRoute } from "@/lib/api/route";
import { findDatasets } from "@/lib/datasets/queries";
import { handleUpload } from "@/lib/datasets/upload";

export const dynamic = "force-dynamic";

// proxy.ts leaves this path out so uploads stream straight into the handler: both methods authorise themselves,
// and the upload reads its multipart body itself (lib/datasets/multipart.ts: 415 for any other content type).
export const GET = apiRoute({ selfAuthorized: true }, async () => jsonResponse({ datasets: await findDatasets() }));

export const POST = apiRoute({ selfAuthorized: true }, async ({ request }) => handleUpload()(request));
