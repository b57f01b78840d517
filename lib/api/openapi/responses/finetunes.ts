import { z } from "zod";
import { ZAnyObject, ZEndpointRef, ZIsoTimestamp, ZJobStatus, ZRef } from "./shared";

const ZExportPart = z.looseObject({ rows: z.number().int(), tokens: z.number().int() });

/** GET /api/datasets/{id}/finetune-export (file=summary): what would be uploaded, its estimate and any refusal. */
export const ZFineTuneExportSummary = z.looseObject({
  datasetId: z.uuid(),
  training: ZExportPart,
  validation: ZExportPart,
  costPerEpoch: z.number().nullable(),
  refusals: z.array(z.string()),
});

/** GET /api/finetunes/{id}: the job, the provider's progress, its losses and events. */
export const ZFineTuneView = z.looseObject({
  id: z.uuid(),
  status: ZJobStatus,
  dataset: ZRef,
  provider: ZEndpointRef,
  providerJobId: z.string().nullable(),
  providerStatus: z.string().nullable(),
  fineTunedModel: z.string().nullable(),
  lastHeardAt: ZIsoTimestamp.nullable(),
  errorMessage: z.string().nullable(),
  resultEndpoint: ZRef.nullable(),
  runs: z.array(z.looseObject({ id: z.uuid(), status: ZJobStatus })),
  losses: z.array(ZAnyObject),
  events: z.array(z.looseObject({ id: z.number().int(), at: ZIsoTimestamp, level: z.string(), message: z.string() })),
  createdAt: ZIsoTimestamp,
});

export const ZCreatedFineTune = z.looseObject({ id: z.uuid() });

/** The built-in provider's OpenAI-shaped answers (`/api/local/v1`). */
export const ZLocalFile = z.looseObject({
  object: z.literal("file"),
  id: z.string(),
  bytes: z.number().int(),
  filename: z.string(),
  purpose: z.string(),
});

export const ZLocalFineTuningJob = z.looseObject({
  object: z.literal("fine_tuning.job"),
  id: z.string(),
  model: z.string(),
  status: z.string(),
  fine_tuned_model: z.string().nullable(),
  training_file: z.string(),
  validation_file: z.string().nullable(),
  error: z.looseObject({ code: z.string(), message: z.string() }).nullable(),
});

export const ZLocalFineTuningEvents = z.looseObject({
  object: z.literal("list"),
  data: z.array(
    z.looseObject({
      object: z.literal("fine_tuning.job.event"),
      id: z.string(),
      created_at: z.number().int(),
      level: z.string(),
      message: z.string(),
    }),
  ),
  has_more: z.boolean(),
});

export const ZLocalEmbeddings = z.looseObject({
  object: z.literal("list"),
  model: z.string(),
  data: z.array(
    z.looseObject({
      object: z.literal("embedding"),
      index: z.number().int(),
      embedding: z.union([z.array(z.number()), z.string().describe("base64 little-endian float32")]),
    }),
  ),
  usage: z.looseObject({ prompt_tokens: z.number().int(), total_tokens: z.number().int() }),
});

/** POST /api/local/v1/files: the multipart form's text field (the file part follows it). */
export const ZLocalFileFields = z.object({ purpose: z.literal("fine-tune") });
