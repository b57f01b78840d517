import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { createLocalEmbeddings, ZEmbeddingsRequest } from "@/lib/local-models/embeddings/embed";
import { ZLocalEmbeddings } from "@/lib/api/openapi/responses/finetunes";

export const dynamic = "force-dynamic";

/** OpenAI-compatible embeddings from the built-in `tfidf-svd:<datasetId>` model (a batch may run to megabytes). */
export const POST = apiRoute(
  {
    body: ZEmbeddingsRequest,
    maxBodyBytes: 8 * 1024 * 1024,
    response: { status: 200, description: "OpenAI-shaped embeddings, one per input.", json: ZLocalEmbeddings },
  },
  async ({ body, reply }) => reply(await createLocalEmbeddings(prisma, body)),
);
