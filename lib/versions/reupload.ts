import { createHash } from "node:crypto";
import { ApiError } from "@/lib/api/errors";
import type { TPrisma } from "@/lib/db/prisma";
import { mapRows, ZColumnMapping } from "@/lib/datasets/mapping";
import { readMultipartUpload } from "@/lib/datasets/multipart";
import { openDataset } from "@/lib/datasets/parse";
import { readUploadLimit } from "@/lib/datasets/upload-limit";
import { createVersion } from "./create";
import { latestVersionId } from "./latest";

export type TReuploadDiff = {
  rows: number;
  /** Rows of the file past the dataset's rows, or whose input changed: they need a new dataset (not a version). */
  added: number;
  /** Dataset rows the file no longer has (or whose input changed): excluded from the new version. */
  removed: number;
  /** Same row and input, another expected label. */
  relabelled: number;
  examples: { row: number; from: string; to: string }[];
  version: { id: string; number: number; contentHash: string } | null;
};

const inputKey = (text: string) => createHash("sha1").update(text.trim().toLowerCase()).digest("base64");

/**
 * `POST /api/datasets/:id/reupload` (multipart: `file`, optional `apply=true`): the file read with the dataset's own
 * column mapping and compared row by row (by position) with the latest version: rows added, removed, relabelled.
 * With `apply=true` the relabels and removals become a new version. A file whose columns do not match the mapping
 * is a 422 naming the missing columns. Memory: one short hash and label per dataset row.
 */
export async function reuploadDataset(db: TPrisma, datasetId: string, request: Request): Promise<TReuploadDiff> {
  const dataset = await db.dataset.findUnique({ where: { id: datasetId } });
  if (!dataset) throw new ApiError(404, "dataset_not_found", `Dataset ${datasetId} does not exist.`);
  const upload = await readMultipartUpload(request);
  try {
    const mapping = ZColumnMapping.parse(dataset.columnMapping);
    const opened = await openDataset(upload.file, { fileName: upload.fileName, maxBytes: readUploadLimit() });
    const needed = [mapping.input, mapping.expected, ...(mapping.id ? [mapping.id] : [])];
    const missing = needed.filter((column) => !opened.columns.includes(column));
    if (missing.length > 0) {
      throw new ApiError(
        422,
        "columns_mismatch",
        `The file's columns do not match the dataset's mapping: missing ${missing.map((c) => `"${c}"`).join(", ")} ` +
          `(the file has ${opened.columns.map((c) => `"${c}"`).join(", ")}).`,
        { missing, available: [...opened.columns] },
      );
    }
    const versionId = await latestVersionId(db, datasetId);
    const existing = await db.$queryRaw<{ id: number; index: number; input: string; expected: string }[]>`
      SELECT s.id, s.index, s.input, coalesce(o.expected, s.expected) AS expected FROM "Sample" s
      LEFT JOIN "SampleOverride" o ON o."versionId" = ${versionId}::uuid AND o."sampleId" = s.id
      WHERE s."datasetId" = ${datasetId}::uuid AND o.excluded IS NOT TRUE`;
    const byIndex = new Map(existing.map((s) => [s.index, { id: s.id, key: inputKey(s.input), expected: s.expected }]));
    const diff: TReuploadDiff = { rows: 0, added: 0, removed: 0, relabelled: 0, examples: [], version: null };
    const relabel = new Map<number, string>();
    const exclude = new Set<number>();
    const seen = new Set<number>();
    const samples = mapRows(opened.rows, mapping, {
      fileName: upload.fileName,
      task: dataset.task,
      columns: opened.columns,
    });
    for await (const sample of samples) {
      diff.rows += 1;
      const old = byIndex.get(sample.index);
      if (!old || old.key !== inputKey(sample.input)) {
        diff.added += 1;
        if (old) exclude.add(old.id);
      } else if (old.expected !== sample.expected) {
        relabel.set(old.id, sample.expected);
        if (diff.examples.length < 10)
          diff.examples.push({ row: sample.index + 1, from: old.expected, to: sample.expected });
      }
      if (old) seen.add(sample.index);
    }
    for (const [index, old] of byIndex) if (!seen.has(index)) exclude.add(old.id);
    diff.relabelled = relabel.size;
    diff.removed = exclude.size;
    if (upload.fields.apply === "true" && versionId && relabel.size + exclude.size > 0) {
      const parent = await db.datasetVersion.findUniqueOrThrow({ where: { id: versionId } });
      const labels = [...new Set([...parent.labels, ...(dataset.task === "CLASSIFICATION" ? relabel.values() : [])])];
      diff.version = await db.$transaction(
        (tx) =>
          createVersion(tx, {
            datasetId,
            parentId: versionId,
            change: { relabel, exclude, aliases: new Map() },
            labels,
            origin: "UPLOAD",
          }),
        { timeout: 120_000 },
      );
    }
    return diff;
  } catch (error) {
    upload.abort();
    throw error;
  }
}
