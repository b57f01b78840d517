import type { TPrisma } from "@/lib/db/prisma";
import { formatLocalModelName, listLocalModelKinds } from "./model-name";

/** GET /api/local/v1/models: every built-in local model for every dataset, as an OpenAI model list. */
export async function listLocalModels(db: TPrisma) {
  const datasets = await db.dataset.findMany({
    select: { id: true, task: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  const data = datasets.flatMap((dataset) =>
    listLocalModelKinds(dataset.task).map((kind) => ({
      id: formatLocalModelName({ kind, datasetId: dataset.id }),
      object: "model" as const,
      created: Math.floor(dataset.createdAt.getTime() / 1000),
      owned_by: "evalboard",
    })),
  );
  return { object: "list" as const, data };
}
