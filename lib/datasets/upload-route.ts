import type { TRouteSpec } from "@/lib/api/route";
import { ZUploadedDataset } from "@/lib/api/openapi/responses/datasets";
import { ZUploadFields } from "./upload-fields";

/**
 * `POST /api/datasets` as declared to apiRoute: it authorises itself and streams its multipart body (proxy.ts
 * leaves it out), answering 201 with the new dataset. Shared with the tests that mount the handler with a small limit.
 */
export const UPLOAD_ROUTE = {
  selfAuthorized: true,
  multipart: ZUploadFields,
  response: { status: 201, description: "The new dataset.", json: ZUploadedDataset },
} satisfies TRouteSpec;
