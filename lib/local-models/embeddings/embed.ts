import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import type { TDb } from "@/lib/db/prisma";
import { estimateTokens } from "../chat-protocol";
import { fitTfidf, transformTfidf } from "../tfidf";
import { fitTruncatedSvd, projectSparse } from "./truncated-svd";

/** Embedding dimensions of the built-in `tfidf-svd:<datasetId>` model. */
export const EMBEDDING_DIMENSIONS = 64;
const MODEL = /^tfidf-svd:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** POST /embeddings as OpenAI defines it (the part the built-in model reads). */
export const ZEmbeddingsRequest = z.object({
  model: z.string().min(1).max(300),
  // 100,000 characters is far past any embedding model's context (OpenAI's: 8,192 tokens).
  input: z.union([z.string().max(100_000), z.array(z.string().max(100_000)).min(1).max(2048)]),
  /** The OpenAI SDK asks for base64 (little-endian float32) by default and decodes it. */
  encoding_format: z.enum(["float", "base64"]).optional(),
});
export type TEmbeddingsRequest = z.infer<typeof ZEmbeddingsRequest>;

type TEmbedder = (text: string) => number[];
const MAX_CACHED = 8;
const cache = new Map<string, Promise<TEmbedder>>();

/** TF-IDF of the dataset's TRAIN inputs reduced by truncated SVD, fitted once per process; rows L2-normalised. */
async function fitEmbedder(db: TDb, datasetId: string, model: string): Promise<TEmbedder> {
  const rows = await db.sample.findMany({
    where: { datasetId, split: "TRAIN" },
    select: { input: true },
    orderBy: { index: "asc" },
  });
  if (rows.length === 0) throw new ApiError(404, "model_not_found", `The model "${model}" has no TRAIN split to fit.`);
  const tfidf = fitTfidf(rows.map((row) => row.input));
  const svd = fitTruncatedSvd(
    rows.map((row) => transformTfidf(tfidf, row.input)),
    tfidf.idf.length,
    EMBEDDING_DIMENSIONS,
  );
  return (text) => {
    const vector = projectSparse(svd, transformTfidf(tfidf, text));
    const norm = Math.hypot(...vector);
    return norm === 0 ? vector : vector.map((value) => value / norm);
  };
}

function loadEmbedder(db: TDb, model: string): Promise<TEmbedder> {
  const datasetId = MODEL.exec(model)?.[1];
  if (!datasetId) throw new ApiError(404, "model_not_found", `The embedding model "${model}" does not exist.`);
  const cached = cache.get(model);
  if (cached) return cached;
  const fitting = fitEmbedder(db, datasetId, model);
  cache.set(model, fitting);
  fitting.catch(() => cache.delete(model));
  if (cache.size > MAX_CACHED) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return fitting;
}

/** POST /api/local/v1/embeddings: OpenAI-shaped vectors from the built-in TF-IDF + SVD model. */
export async function createLocalEmbeddings(db: TDb, request: TEmbeddingsRequest) {
  const embed = await loadEmbedder(db, request.model);
  const inputs = typeof request.input === "string" ? [request.input] : request.input;
  const tokens = inputs.reduce((sum, text) => sum + estimateTokens(text), 0);
  return {
    object: "list" as const,
    data: inputs.map((text, index) => {
      const vector = embed(text);
      const embedding =
        request.encoding_format === "base64" ? Buffer.from(new Float32Array(vector).buffer).toString("base64") : vector;
      return { object: "embedding" as const, index, embedding };
    }),
    model: request.model,
    usage: { prompt_tokens: tokens, total_tokens: tokens },
  };
}
