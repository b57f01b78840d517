import { formatDuration, formatUsd, MISSING } from "@/components/ui/format";
import type { TEndpointView } from "@/lib/endpoints/view";

/** "api.openai.com" or "127.0.0.1:8000": the part that tells endpoints apart at a glance. */
export function formatHost(baseUrl: string): string {
  return URL.canParse(baseUrl) ? new URL(baseUrl).host : baseUrl;
}

/** A price per million tokens; "—" when none is set (a local model). */
export function formatPrice(value: number | null): string {
  return value === null ? MISSING : formatUsd(value);
}

export function formatKey(endpoint: Pick<TEndpointView, "hasApiKey" | "apiKeyLast4">): string {
  if (!endpoint.hasApiKey) return "no key";
  return endpoint.apiKeyLast4 ?? "key set";
}

export function formatLimits(
  endpoint: Pick<TEndpointView, "maxConcurrency" | "requestsPerMinute" | "timeoutMs">,
): string[] {
  return [
    `${endpoint.maxConcurrency} concurrent`,
    endpoint.requestsPerMinute === null ? "no rate limit" : `${endpoint.requestsPerMinute} req/min`,
    `${formatDuration(endpoint.timeoutMs)} timeout`,
  ];
}
