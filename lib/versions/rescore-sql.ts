import type { TDb } from "@/lib/db/prisma";
import type { TConfusionCell } from "@/lib/metrics";

export type TVersionScoreCounts = {
  outputs: number;
  answered: number;
  errors: number;
  /** Outputs whose sample the version leaves out (neither answered nor errors on it). */
  excluded: number;
  /** Answers by (expected on the version, parsed label of a valid answer; null: invalid). */
  cells: TConfusionCell[];
  /** The same, with the version's aliases naming a label for invalid answers. */
  aliasCells: TConfusionCell[];
};

type TGroupRow = {
  error: boolean;
  excluded: boolean;
  expected: string;
  predicted: string | null;
  aliasPredicted: string | null;
  count: number;
};

/**
 * A run's outputs scored on a dataset version, in ONE aggregate: each output joined to its sample, the version's
 * override of that sample (a corrected label, or an exclusion) and, for an invalid answer, the version's alias of its
 * text. Grouped into a few hundred rows at most (labels × labels), folded into counts here. No model call: the
 * stored outputs are the evidence, the version only changes what they are compared with.
 */
export async function aggregateOnVersion(db: TDb, runId: string, versionId: string): Promise<TVersionScoreCounts> {
  const rows = await db.$queryRaw<TGroupRow[]>`
    SELECT o."errorKind" IS NOT NULL AS error, coalesce(ov.excluded, false) AS excluded,
           coalesce(ov.expected, s.expected) AS expected,
           CASE WHEN o.valid THEN o."parsedLabel" END AS predicted,
           CASE WHEN o.valid THEN o."parsedLabel" ELSE a.label END AS "aliasPredicted",
           count(*)::int AS count
    FROM "Output" o
    JOIN "Sample" s ON s.id = o."sampleId"
    LEFT JOIN "SampleOverride" ov ON ov."versionId" = ${versionId}::uuid AND ov."sampleId" = o."sampleId"
    -- The key is computed for invalid answers only (NULL matches nothing): most answers are valid.
    LEFT JOIN "AnswerAlias" a ON a."versionId" = ${versionId}::uuid
      AND a.answer = CASE WHEN o.valid IS NOT TRUE AND o."errorKind" IS NULL THEN lower(btrim(o."rawText")) END
    WHERE o."runId" = ${runId}::uuid
    GROUP BY 1, 2, 3, 4, 5`;
  return foldGroups(rows);
}

/** Pure: the grouped rows of aggregateOnVersion as counts and the two sets of confusion cells. */
export function foldGroups(rows: readonly TGroupRow[]): TVersionScoreCounts {
  const result: TVersionScoreCounts = { outputs: 0, answered: 0, errors: 0, excluded: 0, cells: [], aliasCells: [] };
  const cells = new Map<string, TConfusionCell>();
  const aliasCells = new Map<string, TConfusionCell>();
  const add = (into: Map<string, TConfusionCell>, expected: string, predicted: string | null, count: number) => {
    const key = JSON.stringify([expected, predicted]);
    const cell = into.get(key);
    if (cell) cell.count += count;
    else into.set(key, { expected, predicted, count });
  };
  for (const row of rows) {
    result.outputs += row.count;
    if (row.excluded) result.excluded += row.count;
    else if (row.error) result.errors += row.count;
    else {
      result.answered += row.count;
      add(cells, row.expected, row.predicted, row.count);
      add(aliasCells, row.expected, row.aliasPredicted, row.count);
    }
  }
  result.cells = [...cells.values()];
  result.aliasCells = [...aliasCells.values()];
  return result;
}
