import { createHash } from "node:crypto";
import OpenAI from "openai";
import { getGuardedFetch } from "@/lib/net";
import { toCanonicalJson } from "./cache-key";
import type { TLlmEndpoint } from "./types";

export type TClientEntry = {
  client: OpenAI;
  /**
   * OpenAI's reasoning models refuse `max_tokens` and want `max_completion_tokens`; most compatible servers only know
   * the former. We start with `max_tokens` and remember the switch per client once the server asks for it.
   */
  tokenParam: "max_tokens" | "max_completion_tokens";
};

/** Builds each endpoint's SDK client once; a client holds the keep-alive connection pool, so reuse matters. */
export type TClientCache = { get(endpoint: TLlmEndpoint): TClientEntry };

// Placeholder credential: the SDK refuses to build a client without one, and we strip the header it produces.
const NO_KEY = "evalboard-no-api-key";

type TFetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/**
 * `fetch` defaults to lib/net's guarded fetch (EVALBOARD_ALLOWED_HOSTS): every model call is checked against
 * internal addresses. Tests pass one built with their own policy and resolver.
 */
export function createClientCache(maxClients = 100, fetch?: TFetch): TClientCache {
  const entries = new Map<string, TClientEntry>();
  return {
    get(endpoint) {
      const key = hashClientConfig(endpoint);
      const found = entries.get(key);
      if (found) {
        // Map iteration order is insertion order: re-inserting marks the entry as most recently used.
        entries.delete(key);
        entries.set(key, found);
        return found;
      }
      const entry: TClientEntry = {
        client: buildClient(endpoint, fetch ?? getGuardedFetch()),
        tokenParam: "max_tokens",
      };
      entries.set(key, entry);
      if (entries.size > maxClients) {
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
      return entry;
    },
  };
}

// Everything the SDK client is built from; the key is hashed so API keys are not kept as map keys.
function hashClientConfig(endpoint: TLlmEndpoint): string {
  const config = [endpoint.baseUrl, endpoint.apiKey, endpoint.headers ?? {}, endpoint.timeoutMs];
  return createHash("sha256").update(toCanonicalJson(config)).digest("hex");
}

function buildClient(endpoint: TLlmEndpoint, fetch: TFetch): OpenAI {
  const headers: Record<string, string | null> = { ...endpoint.headers };
  const setsAuthorization = Object.keys(headers).some((name) => name.toLowerCase() === "authorization");
  if (endpoint.apiKey === null && !setsAuthorization) headers.Authorization = null;
  return new OpenAI({
    baseURL: endpoint.baseUrl,
    apiKey: endpoint.apiKey ?? NO_KEY,
    // Explicit nulls: otherwise the SDK falls back to OPENAI_* variables of whichever machine runs the worker.
    organization: null,
    project: null,
    adminAPIKey: null,
    // Retries live in one layer, ours (callChat), which knows about the limiter and the adaptive concurrency.
    maxRetries: 0,
    timeout: endpoint.timeoutMs,
    defaultHeaders: headers,
    fetch,
  });
}
