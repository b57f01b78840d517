import type { TDb } from "@/lib/db/prisma";

/**
 * A version's content hash, computed by the database function the migration defines
 * (dataset_version_content_hash: the file's digest, the labels, every kept sample's index, split and expected value
 * after corrections, and the aliases), so the backfill of version 1 and every later version share one definition.
 */
export async function computeContentHash(db: TDb, versionId: string): Promise<string> {
  const [row] = await db.$queryRaw<{ hash: string | null }[]>`
    SELECT dataset_version_content_hash(${versionId}::uuid) AS hash`;
  if (!row?.hash) throw new Error(`Dataset version ${versionId} does not exist.`);
  return row.hash;
}
