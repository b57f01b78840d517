import type pg from "pg";
import { ApiError } from "@/lib/api/errors";
import { pool as defaultPool } from "@/lib/db/pool";
import { DatasetInputError } from "./errors";
import { ingestDataset, type TLabelSplitCount } from "./ingest";
import { mapRows, type TColumnMapping, type TDatasetTask } from "./mapping";
import { MULTIPART_OVERHEAD_BYTES, readMultipartUpload } from "./multipart";
import { guessMapping, openDataset } from "./parse";
import { formatBytes } from "@/lib/format/bytes";
import type { TDatasetWarning } from "./label-tally";
import { withoutEmptyFields, ZUploadFields } from "./upload-fields";
import { readUploadLimit } from "./upload-limit";
import type { z } from "zod";
import type { ZUploadedDataset } from "@/lib/api/openapi/responses/datasets";

export type TUploadOptions = {
  /** Upload limit in bytes (default: the configured MAX_UPLOAD_BYTES). */
  maxBytes?: number;
  pool?: pg.Pool;
};

export type TUploadedDataset = {
  id: string;
  name: string;
  task: TDatasetTask;
  rowCount: number;
  labels: string[];
  trainCount: number;
  testCount: number;
  /** Rows per label and split (classification), most frequent label first. */
  labelCounts: TLabelSplitCount[];
  warnings: TDatasetWarning[];
};

/**
 * `POST /api/datasets`: multipart fields (name, task, optional mapping JSON, testFraction, seed), then the file.
 * The file is parsed while it arrives and COPYed into Postgres in one transaction, so upload progress is ingest
 * progress and nothing is stored unless every row is good.
 */
export async function uploadDataset(request: Request, options: TUploadOptions = {}): Promise<TUploadedDataset> {
  const maxBytes = options.maxBytes ?? readUploadLimit();
  rejectLargeContentLength(request, maxBytes);
  const upload = await readMultipartUpload(request);
  try {
    const fields = ZUploadFields.parse(withoutEmptyFields(upload.fields));
    const dataset = await openDataset(upload.file, { fileName: upload.fileName, maxBytes });
    const { mapping, splitColumnGuessed } = fields.mapping
      ? { mapping: fields.mapping, splitColumnGuessed: false }
      : mappingFromHeader(dataset.columns, upload.fileName);
    const samples = mapRows(dataset.rows, mapping, {
      fileName: upload.fileName,
      task: fields.task,
      columns: dataset.columns,
    });
    const result = await ingestDataset(options.pool ?? defaultPool, {
      name: fields.name,
      task: fields.task,
      fileName: upload.fileName,
      mapping,
      splitColumnGuessed,
      testFraction: fields.testFraction,
      splitSeed: fields.seed,
      samples,
      source: dataset.uploadDigest,
    });
    return {
      id: result.id,
      name: fields.name,
      task: fields.task,
      rowCount: result.rowCount,
      labels: result.labels,
      trainCount: result.trainCount,
      testCount: result.testCount,
      labelCounts: result.labelCounts,
      warnings: result.warnings,
    };
  } catch (error) {
    upload.abort();
    throw error;
  }
}

/** The `POST /api/datasets` handler body: 201 with the new dataset. Options let tests inject a small limit. */
export function handleUpload(options: TUploadOptions = {}): (request: Request) => Promise<Response> {
  return async (request) => {
    // Checked against the response schema the route declares (lib/datasets/upload-route.ts), as `reply` would.
    const body: z.input<typeof ZUploadedDataset> = await uploadDataset(request, options);
    return Response.json(body, { status: 201, headers: { "cache-control": "no-store" } });
  };
}

/** Refused before a byte of the body is read; the streaming limit still applies when the length is not sent. */
function rejectLargeContentLength(request: Request, maxBytes: number): void {
  const length = Number(request.headers.get("content-length") ?? Number.NaN);
  if (!Number.isFinite(length) || length <= maxBytes + MULTIPART_OVERHEAD_BYTES) return;
  throw new ApiError(413, "too_large", `The upload is larger than the ${formatBytes(maxBytes)} limit.`, {
    limitBytes: maxBytes,
    contentLength: length,
  });
}

/** Without a mapping the column names decide; a guessed split column is used only if it holds both splits. */
function mappingFromHeader(
  columns: readonly string[],
  fileName: string,
): { mapping: TColumnMapping; splitColumnGuessed: boolean } {
  const guess = guessMapping(columns, []);
  for (const role of ["input", "expected"] as const) {
    if (guess[role] !== null) continue;
    throw new DatasetInputError({
      code: "invalid_mapping",
      file: fileName,
      problem: `could not tell which column holds the ${role === "input" ? "input text" : "expected label or answer"} (columns: ${columns.map((name) => `"${name}"`).join(", ")}); send a mapping such as {"input":"text","expected":"label"}`,
      details: { available: [...columns] },
    });
  }
  const mapping: TColumnMapping = { input: guess.input ?? "", expected: guess.expected ?? "" };
  if (guess.id !== null) mapping.id = guess.id;
  if (guess.split !== null) mapping.split = guess.split;
  return { mapping, splitColumnGuessed: guess.split !== null };
}
