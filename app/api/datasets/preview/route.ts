import { jsonResponse } from "@/lib/api/response";
import { apiRoute } from "@/lib/api/route";
import { previewUpload } from "@/lib/datasets/preview-upload";

export const dynamic = "force-dynamic";

// proxy.ts leaves this path out so the slice streams straight into the handler, which authorises itself first and
// reads the multipart body itself (lib/datasets/multipart.ts: 415 for any other content type).
export const POST = apiRoute({ selfAuthorized: true }, async ({ request }) =>
  jsonResponse(await previewUpload(request)),
);
