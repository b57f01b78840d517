import { readCapabilities, type TCapabilities } from "@/lib/answer-modes/capabilities";
import type { ModelEndpoint } from "@/lib/db/generated/client";

/**
 * What any API response or page may show about an endpoint. It never carries the API key or header values: only the
 * key's last four characters (when the key is long enough for that to be harmless) and the header names.
 */
export type TEndpointView = {
  id: string;
  name: string;
  baseUrl: string;
  model: string;
  hasApiKey: boolean;
  /** "…abcd", or null when there is no key or it is too short to show any of it. */
  apiKeyLast4: string | null;
  headerNames: string[];
  inputPricePerM: number | null;
  outputPricePerM: number | null;
  maxConcurrency: number;
  requestsPerMinute: number | null;
  timeoutMs: number;
  tags: string[];
  /** Answer modes: the guided-choice field sent, and what the last Test connection found (null: never probed). */
  guidedChoiceField: string;
  capabilities: TCapabilities | null;
  /** Runs and judgings that use this endpoint; while any exist it cannot be deleted. */
  usage: { runs: number; judgings: number };
  createdAt: string;
  updatedAt: string;
};

export type TEndpointRow = ModelEndpoint & { _count: { runs: number; judgings: number } };

/** Prisma `include` that brings the usage counts every view needs. */
export const withUsage = { _count: { select: { runs: true, judgings: true } } } as const;

export function toEndpointView(row: TEndpointRow, headerNames: string[]): TEndpointView {
  return {
    id: row.id,
    name: row.name,
    baseUrl: row.baseUrl,
    model: row.model,
    hasApiKey: row.apiKeyCiphertext !== null,
    apiKeyLast4: row.apiKeyCiphertext !== null && row.apiKeyLast4 ? `…${row.apiKeyLast4}` : null,
    headerNames,
    inputPricePerM: row.inputPricePerM,
    outputPricePerM: row.outputPricePerM,
    maxConcurrency: row.maxConcurrency,
    requestsPerMinute: row.requestsPerMinute,
    timeoutMs: row.timeoutMs,
    tags: row.tags,
    guidedChoiceField: row.guidedChoiceField,
    capabilities: readCapabilities(row.capabilities),
    usage: { runs: row._count.runs, judgings: row._count.judgings },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
