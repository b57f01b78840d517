import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/api/response";
import { prisma } from "@/lib/db/prisma";
import { createLocalEmbeddings, ZEmbeddingsRequest } from "@/lib/local-models/embeddings/embed";

export const dynamic = "force-dynamic";

/** OpenAI-compatible embeddings from the built-in `tfidf-svd:<datasetId>` model (a batch may run to megabytes). */
export const POST = apiRoute({ body: ZEmbeddingsRequest, maxBodyBytes: 8 * 1024 * 1024 }, async ({ body }) =>
  jsonResponse(await createLocalEmbeddings(prisma, body)),
);
