import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { createClassifierRun, ZCreateClassifierRunInput } from "@/lib/embedding-classifier/create";
import { getRunQueue } from "@/lib/runs/web-queue";
import { ZCreatedIds } from "@/lib/api/openapi/responses/shared";

export const dynamic = "force-dynamic";

/**
 * Queues an embedding-classifier run (issue 17): the endpoint's embeddings of TRAIN fit a logistic regression
 * (regularisation by cross-validation on TRAIN), which then answers TEST as a run of its own.
 */
export const POST = apiRoute(
  {
    body: ZCreateClassifierRunInput,
    response: { status: 201, description: "The new embedding-classifier run, queued.", json: ZCreatedIds },
  },
  async ({ body, reply }) => {
    const { id } = await createClassifierRun(prisma, getRunQueue(), body);
    return reply({ id, ids: [id] });
  },
);
