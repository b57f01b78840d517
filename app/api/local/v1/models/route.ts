import { apiRoute } from "@/lib/api/route";
import { prisma } from "@/lib/db/prisma";
import { formatLocalModelName, listLocalModelKinds } from "@/lib/local-models/model-name";

export const dynamic = "force-dynamic";

/** OpenAI-compatible model list: every built-in local model for every dataset. */
export const GET = apiRoute(async () => {
  const datasets = await prisma.dataset.findMany({
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
  return Response.json({ object: "list", data }, { headers: { "cache-control": "no-store" } });
});
