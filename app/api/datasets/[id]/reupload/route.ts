import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/api/response";
import { prisma } from "@/lib/db/prisma";
import { reuploadDataset } from "@/lib/versions/reupload";

export const dynamic = "force-dynamic";

/** POST /api/datasets/:id/reupload (multipart `file`, `apply=true` to create the version): the diff, or a 422. */
export const POST = apiRoute({ params: ZIdParams }, async ({ params, request }) =>
  jsonResponse(await reuploadDataset(prisma, params.id, request)),
);
