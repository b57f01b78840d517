import type pg from "pg";

/** Inputs (after trimming and case-folding) that a file's own split put in both TRAIN and TEST. */
export type TSplitLeakWarning = {
  kind: "split_leak";
  inputs: number;
  /** Up to 5 examples: the input's first TRAIN and first TEST row (1-based data rows). */
  examples: { trainRow: number; testRow: number; input: string }[];
  message: string;
};

const MAX_EXAMPLES = 5;

/**
 * A split read from the file is kept as it is, but the same text in both splits means a model trained on TRAIN is
 * tested on what it has seen: reported with examples. Run inside the ingest's transaction, after the split is final.
 */
export async function findSplitLeaks(client: pg.PoolClient, datasetId: string): Promise<TSplitLeakWarning | null> {
  const { rows } = await client.query<{ inputs: number; trainRow: number; testRow: number; input: string }>(
    `WITH leaks AS (
       SELECT lower(btrim(input)) AS key,
              min(index) FILTER (WHERE split = 'TRAIN') AS train_index,
              min(index) FILTER (WHERE split = 'TEST') AS test_index
       FROM "Sample" WHERE "datasetId" = $1
       GROUP BY 1 HAVING count(DISTINCT split) > 1)
     SELECT (SELECT count(*) FROM leaks)::int AS inputs, l.train_index + 1 AS "trainRow", l.test_index + 1 AS "testRow",
            left(s.input, 120) AS input
     FROM leaks l JOIN "Sample" s ON s."datasetId" = $1 AND s.index = l.train_index
     ORDER BY least(l.train_index, l.test_index) LIMIT ${MAX_EXAMPLES}`,
    [datasetId],
  );
  const inputs = rows[0]?.inputs ?? 0;
  if (inputs === 0) return null;
  return {
    kind: "split_leak",
    inputs,
    examples: rows.map(({ trainRow, testRow, input }) => ({ trainRow, testRow, input })),
    message:
      `${inputs} input${inputs === 1 ? " appears" : "s appear"} in both TRAIN and TEST of the file's split ` +
      `(after trimming and case-folding), e.g. rows ${rows.map((r) => `${r.trainRow} and ${r.testRow}`).join("; ")}: ` +
      "a model trained on TRAIN is tested on texts it has seen. Draw the split in Evalboard to keep copies together.",
  };
}
