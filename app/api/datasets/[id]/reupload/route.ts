import { z } from "zod";
import { ZIdParams } from "@/lib/api/ids";
import { apiRoute } from "@/lib/api/route";
import { ZReviewStats } from "@/lib/api/openapi/responses/review";
import { prisma } from "@/lib/db/prisma";
import { getProducer } from "@/lib/queue/producer";
import { reuploadDataset } from "@/lib/versions/reupload";
import { queueVersionRescore } from "@/lib/versions/rescore-job";

export const dynamic = "force-dynamic";

/** The text field before the file part (for the document: reuploadDataset reads the body itself). */
const ZReuploadFields = z.object({ apply: z.enum(["true", "false"]).optional() });

/** POST /api/datasets/:id/reupload (multipart `file`, `apply=true` to create the version): the diff, or a 422. */
export const POST = apiRoute(
  {
    params: ZIdParams,
    multipart: ZReuploadFields,
    response: { status: 200, description: "The diff (and version).", json: ZReviewStats },
  },
  async ({ params, request, reply }) => {
    const diff = await reuploadDataset(prisma, params.id, request);
    if (diff.version) await queueVersionRescore(prisma, getProducer(), diff.version.id);
    return reply(diff);
  },
);
