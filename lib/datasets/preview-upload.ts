import { ApiError } from "@/lib/api/errors";
import type { TColumnMapping, TDatasetTask } from "./mapping";
import { MULTIPART_OVERHEAD_BYTES, readMultipartUpload } from "./multipart";
import { guessTask, type TDatasetFormat } from "./parse";
import { checkPreviewRows, type TPreviewCheck } from "./preview-check";
import { readSliceRows } from "./preview-read";
import { PREVIEW_MAX_BYTES } from "./preview-slice";
import { WHOLE_FILE_MAX_BYTES } from "./import/whole-file-format";
import type { TImportSource } from "./parse/types";
import { suggestMapping, toColumnMapping, type TSuggestedMapping } from "./suggest-mapping";
import { withoutEmptyFields, ZPreviewFields } from "./upload-fields";

/** Rows shown in the preview table; all rows read count toward the label set. */
export const PREVIEW_SHOWN_ROWS = 20;

export type TUploadPreview = {
  fileName: string;
  format: TDatasetFormat;
  delimiter: string | null;
  /** OpenAI Evals or promptfoo, when the file was read as one of theirs. */
  importedFrom: TImportSource | null;
  columns: string[];
  rows: Record<string, string>[];
  /** Rows read (and checked) from the slice. */
  rowsRead: number;
  /** True when the rows read are only the start of the file. */
  partial: boolean;
  suggested: { mapping: TSuggestedMapping; task: TDatasetTask };
  /** The mapping and task checked: the ones sent, else the suggestion (null while no mapping can be made). */
  mapping: TColumnMapping | null;
  task: TDatasetTask;
  check: TPreviewCheck;
};

/**
 * `POST /api/datasets/preview`: multipart fields (optional task, mapping, and `truncated` when the file part is
 * only the first slice of the file), then the file part. Errors in the rows read are the upload's errors (4xx);
 * a mapping that does not fit the rows comes back as `check.ok === false`, so the form can show it next to the
 * mapping while the analyst fixes it.
 */
export async function previewUpload(request: Request): Promise<TUploadPreview> {
  const length = Number(request.headers.get("content-length") ?? Number.NaN);
  // Parquet and YAML come whole (lib/datasets/import/whole-file.ts); the slice of any other file is bounded again
  // while it is read.
  if (
    Number.isFinite(length) &&
    length > Math.max(PREVIEW_MAX_BYTES, WHOLE_FILE_MAX_BYTES.parquet) + MULTIPART_OVERHEAD_BYTES
  ) {
    throw new ApiError(413, "too_large", "Send only the first few megabytes of the file for a preview.");
  }
  const upload = await readMultipartUpload(request);
  try {
    const fields = ZPreviewFields.parse(withoutEmptyFields(upload.fields));
    const slice = await readSliceRows(upload.file, { fileName: upload.fileName, truncated: fields.truncated });
    const values = slice.rows.map((row) => row.values);
    const suggestedMapping = suggestMapping(slice.columns, values);
    const suggestedTask = guessTask(suggestedMapping.expected, values);
    const mapping = fields.mapping ?? toColumnMapping(suggestedMapping);
    const task = fields.task ?? suggestedTask;
    const check: TPreviewCheck = mapping
      ? await checkPreviewRows(slice.rows, {
          fileName: upload.fileName,
          columns: slice.columns,
          mapping,
          task,
          partial: slice.partial,
        })
      : { ok: false, error: { code: "invalid_mapping", message: "Choose the input column and the expected column." } };
    return {
      fileName: upload.fileName,
      format: slice.format,
      delimiter: slice.delimiter,
      importedFrom: slice.importedFrom,
      columns: slice.columns,
      rows: values.slice(0, PREVIEW_SHOWN_ROWS),
      rowsRead: slice.rows.length,
      partial: slice.partial,
      suggested: { mapping: suggestedMapping, task: suggestedTask },
      mapping,
      task,
      check,
    };
  } finally {
    // The preview may stop reading early (a row cap, an error): the rest of the slice is drained, not left hanging.
    upload.abort();
  }
}
