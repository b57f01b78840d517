import { Prisma } from "@/lib/db/generated/client";

/**
 * SQL condition: the sample aliased `s` is kept by the dataset version (not excluded by it). Every query that picks
 * a run's samples or k-shot examples uses it, so a run on version N evaluates exactly that version's samples.
 * No version (null): every sample.
 */
export function keptByVersion(versionId: string | null): Prisma.Sql {
  if (versionId === null) return Prisma.empty;
  return Prisma.sql`AND NOT EXISTS (SELECT 1 FROM "SampleOverride" ov_x
    WHERE ov_x."versionId" = ${versionId}::uuid AND ov_x."sampleId" = s.id AND ov_x.excluded)`;
}

/** SQL expression: the sample's expected label on the version (its correction, else the upload's). */
export function expectedOnVersion(versionId: string | null): Prisma.Sql {
  if (versionId === null) return Prisma.sql`s.expected`;
  return Prisma.sql`coalesce((SELECT ov_e.expected FROM "SampleOverride" ov_e
    WHERE ov_e."versionId" = ${versionId}::uuid AND ov_e."sampleId" = s.id AND NOT ov_e.excluded), s.expected)`;
}
