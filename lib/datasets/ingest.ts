import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { v7 as uuidv7 } from "uuid";
import { createCopyEncoder } from "./copy-format";
import { createLabelTally, type TDatasetWarning } from "./label-tally";
import type { TColumnMapping, TDatasetTask, TMappedSample } from "./mapping";
import { insertFirstVersion } from "@/lib/versions/ingest-version";
import { findSplitLeaks } from "./split-leaks";
import { createSplitDraw, type TSplitDraw, type TSplitOutcome } from "./split-draw";
import { watchClient } from "@/lib/db/watch-client";

export type TIngestRequest = {
  name: string;
  task: TDatasetTask;
  fileName: string;
  mapping: TColumnMapping;
  /**
   * A guessed split column is honoured only when it holds both TRAIN and TEST rows: a column that says "test" on
   * every row (a file cut from a benchmark's test split) would leave no TRAIN rows for k-shot examples.
   */
  splitColumnGuessed: boolean;
  /** For rows without a split from the file: the share of each class (stratum) that becomes TEST. */
  testFraction: number;
  splitSeed: number;
  samples: AsyncIterable<TMappedSample>;
  /** Read after the samples are exhausted: the digest and size of the bytes as uploaded. */
  source: () => { sha256: string; bytes: number };
};

export type TLabelSplitCount = { label: string; train: number; test: number };

export type TIngestResult = {
  id: string;
  rowCount: number;
  trainCount: number;
  testCount: number;
  labels: string[];
  /** Rows per label and split, most frequent label first; empty for open QA. */
  labelCounts: TLabelSplitCount[];
  warnings: TDatasetWarning[];
  /** The mapping as applied (a split column that was not used is left out). */
  columnMapping: TColumnMapping;
};

/**
 * Streams samples into Postgres in one transaction: the Dataset row first (the samples reference it), then one COPY
 * straight into "Sample" while the upload is still being parsed, so Postgres writes rows and indexes on one core
 * while Node parses on the other. The seeded stratified split is drawn as rows pass (see split-draw) and corrected
 * in a few hundred rows at the end. Any error, a bad row late in the file included, rolls everything back: a
 * failed upload leaves no dataset and no rows.
 */
export async function ingestDataset(pool: pg.Pool, request: TIngestRequest): Promise<TIngestResult> {
  const client = await pool.connect();
  const watched = watchClient(client, "dataset upload");
  const id = uuidv7();
  const tally = createLabelTally(request.task, { fileName: request.fileName, column: request.mapping.expected });
  const draw = createSplitDraw({ testFraction: request.testFraction, seed: request.splitSeed });
  const fileSplits = { TRAIN: 0, TEST: 0 };
  let healthy = true;
  try {
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO "Dataset" (id, name, task, labels, "sourceFileName", "sourceSha256", "sourceBytes", "columnMapping",
         "rowCount", "trainCount", "testCount")
       VALUES ($1, $2, $3::"TaskKind", '{}', $4, repeat('0', 64), 0, '{}', 0, 0, 0)`,
      [id, request.name, request.task, request.fileName],
    );
    const stratify = request.task === "CLASSIFICATION";
    const rows = encodeSamples(id, request.samples, (sample) => {
      tally.add(sample);
      if (sample.split !== null) fileSplits[sample.split] += 1;
      return draw.add({
        index: sample.index,
        stratum: stratify ? sample.expected : null,
        fileSplit: sample.split,
        input: sample.input,
      });
    });
    await pipeline(
      Readable.from(rows, { objectMode: false }),
      client.query(
        copyFrom(`COPY "Sample" ("datasetId", index, split, "externalId", input, expected, metadata) FROM STDIN`),
      ),
    );

    const summary = tally.finish();
    const filed = fileSplits.TRAIN + fileSplits.TEST;
    const useFileSplit = filed > 0 && (!request.splitColumnGuessed || (fileSplits.TRAIN > 0 && fileSplits.TEST > 0));
    const drawsSplit = !useFileSplit || filed < summary.rowCount;
    const outcome = draw.finish({ useFileSplit });
    await applyCorrections(client, id, outcome);
    const columnMapping = useFileSplit ? request.mapping : withoutSplit(request.mapping);
    const source = request.source();
    const labelCounts = stratify ? labelSplitCounts(summary.labelCounts, outcome) : [];
    const leaks = useFileSplit ? await findSplitLeaks(client, id) : null;
    const warnings = leaks ? [...summary.warnings, leaks] : summary.warnings;
    await client.query(
      `UPDATE "Dataset" SET labels = $2, "sourceSha256" = $3, "sourceBytes" = $4, "columnMapping" = $5,
         "rowCount" = $6, "trainCount" = $7, "testCount" = $8, "splitSeed" = $9, "testFraction" = $10, warnings = $11,
         "labelCounts" = $12
       WHERE id = $1`,
      [
        id,
        summary.labels,
        source.sha256,
        source.bytes,
        JSON.stringify(columnMapping),
        outcome.train + outcome.test,
        outcome.train,
        outcome.test,
        drawsSplit ? request.splitSeed : null,
        drawsSplit ? request.testFraction : null,
        JSON.stringify(warnings),
        JSON.stringify(labelCounts),
      ],
    );
    await insertFirstVersion(client, id);
    await client.query("COMMIT");
    return {
      id,
      rowCount: outcome.train + outcome.test,
      trainCount: outcome.train,
      testCount: outcome.test,
      labels: summary.labels,
      labelCounts,
      warnings,
      columnMapping,
    };
  } catch (error) {
    // A connection whose rollback failed is in an unknown state: it is closed rather than returned to the pool.
    await client.query("ROLLBACK").catch(() => (healthy = false));
    throw error;
  } finally {
    watched.release(!healthy);
  }
}

async function* encodeSamples(
  datasetId: string,
  samples: AsyncIterable<TMappedSample>,
  splitOf: (sample: TMappedSample) => ReturnType<TSplitDraw["add"]>,
): AsyncGenerator<Uint8Array> {
  const encoder = createCopyEncoder();
  for await (const sample of samples) {
    const metadata = sample.metadata ? JSON.stringify(sample.metadata) : null;
    const values = [
      datasetId,
      sample.index,
      splitOf(sample),
      sample.externalId,
      sample.input,
      sample.expected,
      metadata,
    ];
    const batch = encoder.addRow(values);
    if (batch) yield batch;
  }
  const last = encoder.end();
  if (last) yield last;
}

/** The rows whose provisional split differs from the exact draw: O(√n) per class, unless a file split was dropped. */
async function applyCorrections(client: pg.PoolClient, datasetId: string, outcome: TSplitOutcome): Promise<void> {
  for (const [split, indexes] of [
    ["TEST", outcome.toTest],
    ["TRAIN", outcome.toTrain],
  ] as const) {
    if (indexes.length === 0) continue;
    await client.query(`UPDATE "Sample" SET split = $2::"Split" WHERE "datasetId" = $1 AND index = ANY($3::int[])`, [
      datasetId,
      split,
      indexes,
    ]);
  }
}

function labelSplitCounts(
  labels: readonly { name: string; count: number }[],
  outcome: TSplitOutcome,
): TLabelSplitCount[] {
  return labels.map(({ name }) => ({ label: name, ...(outcome.byStratum.get(name) ?? { train: 0, test: 0 }) }));
}

function withoutSplit(mapping: TColumnMapping): TColumnMapping {
  const { split: _split, ...rest } = mapping;
  return rest;
}
