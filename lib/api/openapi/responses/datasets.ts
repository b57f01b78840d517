import { z } from "zod";
import { ZAnyObject, ZIsoTimestamp, ZSplit, ZTask } from "./shared";

const ZLabelCount = z.looseObject({ label: z.string() });

export const ZDatasetListItem = z.looseObject({
  id: z.uuid(),
  name: z.string(),
  task: ZTask,
  rowCount: z.number().int(),
  trainCount: z.number().int(),
  testCount: z.number().int(),
  labelCount: z.number().int(),
  sourceFileName: z.string(),
  createdAt: ZIsoTimestamp,
});

export const ZDatasetList = z.object({ datasets: z.array(ZDatasetListItem) });

export const ZDatasetDetail = ZDatasetListItem.extend({
  labels: z.array(z.string()),
  sourceSha256: z.string(),
  sourceBytes: z.number().int(),
  columnMapping: ZAnyObject,
  splitSeed: z.number().int().nullable(),
  testFraction: z.number().nullable(),
  warnings: z.array(ZAnyObject),
  labelCounts: z.array(ZLabelCount),
});

export const ZUploadedDataset = z.looseObject({
  id: z.uuid(),
  name: z.string(),
  task: ZTask,
  rowCount: z.number().int(),
  labels: z.array(z.string()),
  trainCount: z.number().int(),
  testCount: z.number().int(),
  labelCounts: z.array(ZLabelCount),
  warnings: z.array(ZAnyObject),
});

export const ZSamplePage = z.object({
  samples: z.array(
    z.looseObject({
      index: z.number().int(),
      split: ZSplit,
      externalId: z.string().nullable(),
      input: z.string(),
      expected: z.string(),
      metadata: z.record(z.string(), z.string()).nullable(),
      uploadedExpected: z.string().nullable().describe("The label as uploaded when the version corrected it."),
      removed: z.boolean().describe("Left out of the version."),
      changedIn: z.number().int().nullable().describe("The first version with the row's correction or removal."),
    }),
  ),
  nextCursor: z.number().int().nullable(),
  prevCursor: z.number().int().nullable(),
});

const ZNullableColumn = z.string().nullable();

export const ZUploadPreview = z.looseObject({
  fileName: z.string(),
  format: z.string(),
  delimiter: z.string().nullable(),
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), z.string())),
  rowsRead: z.number().int(),
  partial: z.boolean(),
  suggested: z.looseObject({
    mapping: z.looseObject({ input: ZNullableColumn, expected: ZNullableColumn, id: ZNullableColumn }),
    task: ZTask,
  }),
  mapping: ZAnyObject.nullable(),
  task: ZTask,
  check: z.looseObject({ ok: z.boolean() }),
});
