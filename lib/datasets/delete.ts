import { ApiError } from "@/lib/api/errors";
import { prisma, type TPrisma } from "@/lib/db/prisma";
import { ZDatasetId } from "./queries";

export function datasetNotFound(): ApiError {
  return new ApiError(404, "not_found", "No dataset with this id.");
}

/**
 * Deletes the dataset; the foreign keys cascade to its samples, runs, outputs, judgings and judgements, all in the
 * one DELETE statement, so a half-deleted dataset cannot be observed.
 */
export async function deleteDataset(id: string, db: TPrisma = prisma): Promise<void> {
  if (!ZDatasetId.safeParse(id).success) throw datasetNotFound();
  const { count } = await db.dataset.deleteMany({ where: { id } });
  if (count === 0) throw datasetNotFound();
}
