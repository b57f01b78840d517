import type { TDb } from "@/lib/db/prisma";

export type TRunVersionView = {
  /** The version's labels (a review may have added one); null: the dataset's own (no version recorded). */
  labels: string[] | null;
  /** Corrected expected labels by sample id. */
  relabelled: Map<number, string>;
};

/** What a run scoring its answers needs from its dataset version: the label set and the corrected labels. */
export async function loadRunVersion(db: TDb, versionId: string | null): Promise<TRunVersionView> {
  if (versionId === null) return { labels: null, relabelled: new Map() };
  const [version, overrides] = await Promise.all([
    db.datasetVersion.findUnique({ where: { id: versionId }, select: { labels: true } }),
    db.sampleOverride.findMany({
      where: { versionId, excluded: false, expected: { not: null } },
      select: { sampleId: true, expected: true },
    }),
  ]);
  return {
    labels: version?.labels ?? null,
    relabelled: new Map(overrides.map((row) => [row.sampleId, row.expected ?? ""])),
  };
}
