import type pg from "pg";
import { v7 as uuidv7 } from "uuid";

/** Version 1 of a dataset being ingested, inside the ingest's transaction (after its samples and labels are in). */
export async function insertFirstVersion(client: pg.PoolClient, datasetId: string): Promise<void> {
  const id = uuidv7();
  await client.query(
    `INSERT INTO "DatasetVersion" (id, "datasetId", number, "contentHash", origin, labels)
     SELECT $1, d.id, 1, repeat('0', 64), 'UPLOAD', d.labels FROM "Dataset" d WHERE d.id = $2`,
    [id, datasetId],
  );
  await client.query(`UPDATE "DatasetVersion" SET "contentHash" = dataset_version_content_hash(id) WHERE id = $1`, [
    id,
  ]);
}
