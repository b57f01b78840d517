import { apiRoute } from "@/lib/api/route";
import { previewUpload } from "@/lib/datasets/preview-upload";
import { ZUploadPreview } from "@/lib/api/openapi/responses/datasets";
import { ZPreviewFields } from "@/lib/datasets/upload-fields";

export const dynamic = "force-dynamic";

// proxy.ts leaves this path out so the slice streams straight into the handler, which authorises itself first and
// reads the multipart body itself (lib/datasets/multipart.ts: 415 for any other content type).
export const POST = apiRoute(
  {
    selfAuthorized: true,
    multipart: ZPreviewFields,
    response: { status: 200, description: "The first rows, a suggested mapping and its check.", json: ZUploadPreview },
  },
  async ({ request, reply }) => reply(await previewUpload(request)),
);
