import { z } from "zod";
import { ZIsoTimestamp } from "./shared";

export const ZEndpointView = z.looseObject({
  id: z.uuid(),
  name: z.string(),
  baseUrl: z.string(),
  model: z.string(),
  hasApiKey: z.boolean(),
  apiKeyLast4: z.string().nullable(),
  headerNames: z.array(z.string()),
  inputPricePerM: z.number().nullable(),
  outputPricePerM: z.number().nullable(),
  maxConcurrency: z.number().int(),
  requestsPerMinute: z.number().int().nullable(),
  timeoutMs: z.number().int(),
  tags: z.array(z.string()),
  usage: z.object({ runs: z.number().int(), judgings: z.number().int() }),
  createdAt: ZIsoTimestamp,
  updatedAt: ZIsoTimestamp,
});

export const ZEndpointList = z.object({ endpoints: z.array(ZEndpointView) });

export const ZEndpointTestResult = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true), latencyMs: z.number(), reply: z.string() }),
  z.object({
    ok: z.literal(false),
    latencyMs: z.number(),
    error: z.object({ kind: z.string(), message: z.string(), status: z.number().int().nullable() }),
  }),
]);
