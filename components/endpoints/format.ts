import type { TEndpointView } from "@/lib/endpoints/view";

const usd = new Intl.NumberFormat("en-US", {
  style: "currency",
  currency: "USD",
  minimumFractionDigits: 2,
  maximumFractionDigits: 4,
});

/** "api.openai.com" or "127.0.0.1:8000": the part that tells endpoints apart at a glance. */
export function formatHost(baseUrl: string): string {
  return URL.canParse(baseUrl) ? new URL(baseUrl).host : baseUrl;
}

export function formatPrice(value: number | null): string {
  return value === null ? "—" : usd.format(value);
}

export function formatDuration(ms: number): string {
  const seconds = ms / 1000;
  if (seconds >= 60 && seconds % 60 === 0) return `${seconds / 60} min`;
  return `${Number(seconds.toFixed(1))} s`;
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
