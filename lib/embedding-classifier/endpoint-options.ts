import type { TDb } from "@/lib/db/prisma";

/**
 * Endpoints offered for an embedding classifier: all of them (any may serve /embeddings), those that look like
 * embedding models first (the built-in `tfidf-svd:` model, names with "embed"), then by name.
 */
export async function listEmbeddingEndpointOptions(db: TDb) {
  const endpoints = await db.modelEndpoint.findMany({
    select: { id: true, name: true, model: true },
    orderBy: { name: "asc" },
    take: 500,
  });
  const looksLikeEmbeddings = (endpoint: { model: string }) =>
    endpoint.model.startsWith("tfidf-svd:") || /embed/i.test(endpoint.model);
  return [...endpoints.filter(looksLikeEmbeddings), ...endpoints.filter((endpoint) => !looksLikeEmbeddings(endpoint))];
}
