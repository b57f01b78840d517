import type { TLlmEndpoint } from "./types";

const MAX_DETAIL_CHARS = 500;

/** `Endpoint "gpt-4o-mini" (https://api.openai.com/v1)`: the prefix of every error message. */
export function describeEndpoint(endpoint: Pick<TLlmEndpoint, "name" | "model" | "baseUrl">): string {
  return `Endpoint "${endpoint.name ?? endpoint.model}" (${stripCredentials(endpoint.baseUrl)})`;
}

/** Builds an error message that names the endpoint and can never leak its API key. */
export function formatEndpointMessage(endpoint: TLlmEndpoint, detail: string): string {
  const clipped = detail.length > MAX_DETAIL_CHARS ? `${detail.slice(0, MAX_DETAIL_CHARS)}…` : detail;
  return `${describeEndpoint(endpoint)}: ${redactSecrets(clipped, endpoint.apiKey)}`;
}

/**
 * Providers echo part of a wrong key ("Incorrect API key provided: sk-abc***xyz"); proxies may echo all of it.
 * Remove the exact key and anything shaped like an OpenAI-style secret.
 */
export function redactSecrets(text: string, apiKey: string | null): string {
  let result = apiKey && apiKey.length >= 4 ? text.split(apiKey).join("[redacted]") : text;
  result = result.replace(/\b(sk|rk|pk)-[A-Za-z0-9_*.-]{6,}/g, "$1-[redacted]");
  return result;
}

function stripCredentials(baseUrl: string): string {
  try {
    const url = new URL(baseUrl);
    if (!url.username && !url.password) return baseUrl;
    url.username = "";
    url.password = "";
    return url.toString();
  } catch {
    return baseUrl;
  }
}
