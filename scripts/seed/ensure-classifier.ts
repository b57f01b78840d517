import type { TPrisma } from "@/lib/db/prisma";
import { createClassifierRun } from "@/lib/embedding-classifier/create";
import { EMBEDDING_CLASSIFIER } from "@/lib/embedding-classifier/naming";
import type { TJobEnqueuer } from "@/lib/jobs/control";
import { ensureEndpoint, type TEnsuredEndpoint } from "./ensure-endpoint";
import type { TSeedSummary } from "./seed-demo";

/** The demo's embedding classifier: the built-in TF-IDF + SVD embeddings of the abstracts, logistic regression. */
export const DEMO_CLASSIFIER = {
  dataset: "abstracts",
  endpoint: { name: "TF-IDF + SVD embeddings", tags: ["local", "embeddings"] },
} as const;

export type TEnsuredClassifierRun = { endpoint: TEnsuredEndpoint; run: { id: string; created: boolean } } | null;

/**
 * The local embeddings endpoint (`tfidf-svd:<abstracts id>` at /api/local/v1) and one embedding-classifier run of it
 * on the abstracts, unless one exists. Only queued: the workers embed TRAIN, fit and score TEST once the app is up.
 */
export async function ensureDemoClassifierRun(
  db: TPrisma,
  queue: TJobEnqueuer,
  summary: TSeedSummary,
  baseUrl: string,
  name: string = DEMO_CLASSIFIER.endpoint.name,
): Promise<TEnsuredClassifierRun> {
  const dataset = summary.datasets.find((candidate) => candidate.key === DEMO_CLASSIFIER.dataset);
  if (!dataset) return null;
  const endpoint = await ensureEndpoint(
    db,
    { name, tags: [...DEMO_CLASSIFIER.endpoint.tags], model: `tfidf-svd:${dataset.id}` },
    { baseUrl, datasetId: dataset.id },
  );
  const existing = await db.run.findFirst({
    where: { datasetId: dataset.id, endpointId: endpoint.id, method: EMBEDDING_CLASSIFIER },
    select: { id: true },
  });
  if (existing) return { endpoint, run: { id: existing.id, created: false } };
  const created = await createClassifierRun(db, queue, { datasetId: dataset.id, endpointId: endpoint.id });
  return { endpoint, run: { id: created.id, created: true } };
}
