import { z } from "zod";
import { ZGuidedChoiceField } from "@/lib/answer-modes/modes";
import {
  ZApiKey,
  ZBaseUrl,
  ZMaxConcurrency,
  ZModelName,
  ZName,
  ZPricePerM,
  ZRequestsPerMinute,
  ZTags,
  ZTimeoutMs,
} from "./fields";
import { ZHeaders } from "./headers";

export const DEFAULT_MAX_CONCURRENCY = 8;
export const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * Registering an endpoint. Strict: an unknown key (say `api_key`) is an error rather than a secret silently dropped.
 * `apiKey` and `headers` are write-only; an empty key or an empty header set means "none".
 */
export const ZEndpointInput = z.strictObject({
  name: ZName,
  baseUrl: ZBaseUrl,
  model: ZModelName,
  apiKey: ZApiKey.nullish(),
  headers: ZHeaders.nullish(),
  inputPricePerM: ZPricePerM.nullish(),
  outputPricePerM: ZPricePerM.nullish(),
  maxConcurrency: ZMaxConcurrency.default(DEFAULT_MAX_CONCURRENCY),
  requestsPerMinute: ZRequestsPerMinute.nullish(),
  timeoutMs: ZTimeoutMs.default(DEFAULT_TIMEOUT_MS),
  tags: ZTags.default([]),
  /** Answer modes: which request field carries a guided choice (vLLM's old or new spelling). */
  guidedChoiceField: ZGuidedChoiceField.optional(),
});

export type TEndpointInput = z.infer<typeof ZEndpointInput>;

/**
 * Editing an endpoint: every field optional, and an omitted field is left as it is. For the write-only secrets,
 * omitted keeps the stored value, while `null` or an empty value removes it. `null` also clears a price or the rate
 * limit.
 */
export const ZEndpointPatch = z.strictObject({
  name: ZName.optional(),
  baseUrl: ZBaseUrl.optional(),
  model: ZModelName.optional(),
  apiKey: ZApiKey.nullish(),
  headers: ZHeaders.nullish(),
  inputPricePerM: ZPricePerM.nullish(),
  outputPricePerM: ZPricePerM.nullish(),
  maxConcurrency: ZMaxConcurrency.optional(),
  requestsPerMinute: ZRequestsPerMinute.nullish(),
  timeoutMs: ZTimeoutMs.optional(),
  tags: ZTags.optional(),
  guidedChoiceField: ZGuidedChoiceField.optional(),
});

export type TEndpointPatch = z.infer<typeof ZEndpointPatch>;

export const ZEndpointId = z.uuid();
