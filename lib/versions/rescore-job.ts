import type { TDb } from "@/lib/db/prisma";
import type { TProducer } from "@/lib/queue/producer";
import { scoreRunOnVersion } from "./rescore";

/**
 * The re-score job (queue `version-rescore`, payload `{ datasetId }`): every completed classification run of the
 * dataset scored on every version of it that lacks a score at the run's current generation. Postgres is the truth:
 * what is left is always "pairs without a current RunVersionScore", so the job is idempotent, a re-delivered or
 * duplicated job finds nothing left, and the reconciler's sweep (findDatasetsToRescore) queues it again after a
 * flushed Redis. Queued when a version is created (review accept, re-upload) and found by the sweep when a run
 * completes or is resumed.
 */
export async function findMissingScores(db: TDb, datasetId: string): Promise<{ runId: string; versionId: string }[]> {
  return db.$queryRaw<{ runId: string; versionId: string }[]>`
    SELECT r.id::text AS "runId", v.id::text AS "versionId"
    FROM "Run" r JOIN "DatasetVersion" v ON v."datasetId" = r."datasetId"
    LEFT JOIN "RunVersionScore" s ON s."runId" = r.id AND s."versionId" = v.id
    WHERE r."datasetId" = ${datasetId}::uuid AND r.status = 'COMPLETED' AND r.task = 'CLASSIFICATION'
      AND (s."runId" IS NULL OR s.generation <> r.generation)
    ORDER BY v.number, r."createdAt"`;
}

/** Does the dataset's missing scores (one aggregate each) until none is left; returns how many it stored. */
export async function rescoreDataset(db: TDb, datasetId: string): Promise<{ stored: number }> {
  let stored = 0;
  // A second pass picks up a version created or a run completed while the first one ran (its job id may have
  // been deduplicated against this very job).
  for (let pass = 0; pass < 2; pass += 1) {
    const missing = await findMissingScores(db, datasetId);
    if (missing.length === 0) break;
    for (const { runId, versionId } of missing) {
      await scoreRunOnVersion(db, runId, versionId);
      stored += 1;
    }
  }
  return { stored };
}

/**
 * Datasets with at least one completed classification run of this install (its queue prefix, as the engine's
 * reconciler reads only its own jobs) missing a current score on one of their versions.
 */
export async function findDatasetsToRescore(db: TDb, queuePrefix: string, limit = 100): Promise<string[]> {
  const rows = await db.$queryRaw<{ datasetId: string }[]>`
    SELECT DISTINCT r."datasetId"::text AS "datasetId"
    FROM "Run" r JOIN "DatasetVersion" v ON v."datasetId" = r."datasetId"
    LEFT JOIN "RunVersionScore" s ON s."runId" = r.id AND s."versionId" = v.id
    WHERE r.status = 'COMPLETED' AND r.task = 'CLASSIFICATION' AND r."queuePrefix" = ${queuePrefix}
      AND (s."runId" IS NULL OR s.generation <> r.generation)
    LIMIT ${limit}`;
  return rows.map((row) => row.datasetId);
}

/**
 * Queues the dataset's re-score. The job id names the reason (`version-<id>`, `sweep`), so the same reason twice
 * adds one job while it waits; it is removed once done or failed (the sweep queues it again), so a later reason
 * queues again.
 */
export async function enqueueRescore(producer: TProducer, datasetId: string, reason: string): Promise<void> {
  await producer.enqueue(
    "versionRescore",
    "rescore",
    { datasetId },
    {
      jobId: `rescore-${datasetId}-${reason}`,
      removeOnComplete: true,
      removeOnFail: true,
      attempts: 5,
      backoff: { type: "exponential", delay: 1_000 },
    },
  );
}

/**
 * After a version is created (a review accepted, a re-upload applied): queue the re-score of every past run on it.
 * Redis being down loses nothing (the sweep finds the missing scores), so a failure is logged, not thrown at the user
 * whose version is already committed.
 */
export async function queueVersionRescore(db: TDb, producer: TProducer, versionId: string): Promise<void> {
  const version = await db.datasetVersion.findUnique({ where: { id: versionId }, select: { datasetId: true } });
  if (!version) return;
  await enqueueRescore(producer, version.datasetId, `version-${versionId}`).catch((error: unknown) => {
    console.warn(`[versions] re-score of version ${versionId} left to the reconciler: ${String(error)}`);
  });
}

/** The reconciler's sweep: queues the re-score of every dataset with missing scores (idempotent, cheap when none). */
export async function sweepMissingScores(db: TDb, producer: TProducer): Promise<string[]> {
  const datasets = await findDatasetsToRescore(db, producer.prefix);
  for (const datasetId of datasets) await enqueueRescore(producer, datasetId, "sweep");
  return datasets;
}
