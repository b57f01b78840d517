import type { TDb } from "@/lib/db/prisma";

/** What the new fine-tune form offers: datasets, and the endpoints that may act as providers. */
export async function findFineTuneChoices(db: TDb) {
  const [datasets, providers] = await Promise.all([
    db.dataset.findMany({
      select: { id: true, name: true, task: true, trainCount: true, testCount: true },
      orderBy: { createdAt: "desc" },
    }),
    db.modelEndpoint.findMany({
      where: { NOT: { tags: { has: "fine-tuned" } } },
      select: { id: true, name: true, model: true, baseUrl: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return { datasets, providers };
}
