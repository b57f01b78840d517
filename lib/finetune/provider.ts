import { Readable } from "node:stream";
import { toFile } from "openai";
import type OpenAI from "openai";
import { classifyError } from "@/lib/llm/classify-error";
import { getGuardedFetch } from "@/lib/net";
import { createClientCache } from "@/lib/llm/openai-clients";
import type { TLlmEndpoint } from "@/lib/llm/types";
import { toJsonlLine } from "./export-builder";
import type { TIndexedExample } from "./export-plan";

type TFetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/**
 * The guarded fetch is undici's, which does not recognise the runtime's own FormData the SDK builds for an upload
 * (it would send "[object FormData]"): the form is encoded here first, as a stream with its multipart boundary.
 */
export function encodeFormBodies(fetch: TFetch): TFetch {
  return (input, init) => {
    if (!(init?.body instanceof FormData)) return fetch(input, init);
    const encoded = new Response(init.body);
    const headers = new Headers(init.headers);
    headers.set("content-type", encoded.headers.get("content-type") ?? "multipart/form-data");
    headers.delete("content-length");
    return fetch(input, { ...init, headers, body: encoded.body, duplex: "half" } as RequestInit);
  };
}

// The provider's SDK clients, through lib/net's guarded fetch (the SSRF guard checks every call), built once each.
let clients: ReturnType<typeof createClientCache> | undefined;

export function providerClient(endpoint: TLlmEndpoint): OpenAI {
  clients ??= createClientCache(20, encodeFormBodies(getGuardedFetch()));
  return clients.get(endpoint).client;
}

/** Uploads one file (purpose fine-tune), its lines streamed from the examples rather than joined in one string. */
export async function uploadExamples(
  client: OpenAI,
  examples: readonly TIndexedExample[],
  name: string,
): Promise<string> {
  const stream = Readable.from(examples.map((row) => Buffer.from(toJsonlLine(row.example))));
  const file = await client.files.create({ file: await toFile(stream, name), purpose: "fine-tune" });
  return file.id;
}

export type TProviderFailure = { retryable: boolean; message: string; retryAfterMs: number | null };

/** What a call to the provider threw: worth another try later (429, 5xx, unreachable) or the provider's refusal. */
export function describeProviderError(error: unknown, endpoint: TLlmEndpoint): TProviderFailure {
  const classified = classifyError(
    error,
    { ...endpoint, headers: endpoint.headers },
    { timedOut: false, now: Date.now() },
  );
  return {
    retryable: classified.retryable,
    message: classified.error.message,
    retryAfterMs: classified.retryAfterMs,
  };
}

/** Polling waits: 1 s at first, doubled while the provider is unreachable or busy (at most 60 s), Retry-After wins. */
export const FIRST_POLL_MS = 1_000;
export const MAX_POLL_MS = 60_000;

export function nextPollDelay(previousMs: number, failure: TProviderFailure | null): number {
  if (!failure) return FIRST_POLL_MS;
  const doubled = Math.min(MAX_POLL_MS, Math.max(FIRST_POLL_MS, previousMs) * 2);
  return failure.retryAfterMs === null ? doubled : Math.min(MAX_POLL_MS, Math.max(failure.retryAfterMs, FIRST_POLL_MS));
}
