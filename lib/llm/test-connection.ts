import type { TCapabilities } from "@/lib/answer-modes/capabilities";
import type { TGuidedChoiceField } from "@/lib/answer-modes/modes";
import { probeAnswerModes } from "@/lib/answer-modes/probe";
import { createClientCache, type TClientCache } from "./openai-clients";
import { sendChatOnce } from "./send-chat";
import type { TLlmEndpoint, TLlmError } from "./types";

export type TConnectionTestResult =
  | { ok: true; latencyMs: number; reply: string; capabilities?: TCapabilities }
  | { ok: false; latencyMs: number; error: TLlmError };

export type TTestConnectionOptions = {
  /** A person is waiting on the button: give up sooner than a run would (default 20 s, or the endpoint's own). */
  maxTimeoutMs?: number;
  clients?: TClientCache;
  now?: () => number;
  /** Also probe the answer modes (lib/answer-modes/probe.ts) once the plain request worked. */
  probeModes?: { guidedChoiceField: TGuidedChoiceField };
};

const PROMPT = "Reply with OK";
const MAX_TOKENS = 5;

// Separate from callChat's cache: this runs in the web process, which never calls models otherwise.
const testClients = createClientCache(20);

/**
 * The "Test connection" button: one tiny request, no retries, no cache, no limiter. Failures carry the precise
 * cause (DNS, refused, TLS, 401, unknown model, timeout). An empty answer still proves the endpoint works (reasoning
 * models may spend 5 tokens thinking), so it counts as success with an empty reply.
 */
export async function testConnection(
  endpoint: TLlmEndpoint,
  options: TTestConnectionOptions = {},
): Promise<TConnectionTestResult> {
  const now = options.now ?? Date.now;
  const timeoutMs = Math.min(endpoint.timeoutMs, options.maxTimeoutMs ?? 20_000);
  const target = { ...endpoint, timeoutMs };
  const started = now();
  const entry = (options.clients ?? testClients).get(target);
  const messages = [{ role: "user" as const, content: PROMPT }];
  const result = await sendChatOnce(entry, { endpoint: target, messages, temperature: 0, maxTokens: MAX_TOKENS }, now);
  const latencyMs = now() - started;
  if (result.ok || result.error.kind === "empty") {
    const reply = result.ok ? result.content : "";
    if (!options.probeModes) return { ok: true, latencyMs, reply };
    const capabilities = await probeAnswerModes(entry, target, options.probeModes.guidedChoiceField, now);
    return { ok: true, latencyMs, reply, capabilities };
  }
  return { ok: false, latencyMs, error: result.error };
}
