import { z } from "zod";

// Response shapes the CLI reads, for the routes that have no response schema of their own yet (the gate's is
// lib/gate/schemas.ts, used by its route). Only the fields the CLI prints are checked; the rest pass through.

const ZInterval = z.object({
  estimate: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
});

export const ZNamed = z.object({ id: z.uuid(), name: z.string() });
export const ZDatasetList = z.object({ datasets: z.array(ZNamed.extend({ task: z.string() })) });
export const ZEndpointList = z.object({ endpoints: z.array(ZNamed.extend({ model: z.string() })) });

export const ZUploadedDataset = ZNamed.extend({
  task: z.enum(["CLASSIFICATION", "OPEN_QA"]),
  rowCount: z.number().int(),
  trainCount: z.number().int(),
  testCount: z.number().int(),
  labels: z.array(z.string()),
});

export const ZCreatedRuns = z.object({ id: z.uuid(), ids: z.array(z.uuid()) });

export const RUN_FINISHED = ["COMPLETED", "FAILED", "CANCELLED"] as const;

export const ZRunView = z.object({
  id: z.uuid(),
  status: z.enum(["QUEUED", "RUNNING", ...RUN_FINISHED]),
  task: z.enum(["CLASSIFICATION", "OPEN_QA"]),
  errorMessage: z.string().nullable(),
  dataset: ZNamed,
  endpoint: ZNamed.extend({ model: z.string() }),
  settings: z.object({ split: z.enum(["TRAIN", "TEST"]), shots: z.number().int() }),
  progress: z.object({
    total: z.number().int(),
    done: z.number().int(),
    errors: z.number().int(),
    ratePerSecond: z.number().nullable(),
    etaSeconds: z.number().nullable(),
  }),
  metrics: z
    .object({ accuracy: ZInterval, validAccuracy: ZInterval, validRate: ZInterval, macroF1: ZInterval })
    .nullable(),
});
export type TRunView = z.output<typeof ZRunView>;
