import type { TChatRequest, TChatResult, TLlmEndpoint } from "@/lib/llm";

/** What the engine needs to call a model: lib/llm's own shapes (limits, retries and the cache live there). */
export type TEndpointForCall = TLlmEndpoint & { name: string };
export type TModelCall = Omit<TChatRequest, "endpoint"> & { endpoint: TEndpointForCall };
export type TModelResult = TChatResult;

/**
 * Errors after which every further call of the job would fail the same way, so the job stops at once: a bad key,
 * an unknown model, an exhausted quota (a permanent 429). A 400 is not among them: it is usually one item's fault
 * (too long for the context window) and is recorded as that item's error.
 */
export function isRunStoppingError(error: { kind: string; permanent?: boolean }): boolean {
  return (
    error.kind === "auth" ||
    error.kind === "model_not_found" ||
    // An address refused by lib/net's outbound policy (internal address, redirect): every item would be refused.
    (error.kind === "connection" && error.permanent === true) ||
    (error.kind === "rate_limited" && error.permanent === true)
  );
}
