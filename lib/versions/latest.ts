import type { TDb } from "@/lib/db/prisma";

/** The dataset's newest version (null only for a dataset created before versions that nothing has touched yet). */
export async function latestVersionId(db: TDb, datasetId: string): Promise<string | null> {
  const version = await db.datasetVersion.findFirst({
    where: { datasetId },
    orderBy: { number: "desc" },
    select: { id: true },
  });
  return version?.id ?? null;
}
