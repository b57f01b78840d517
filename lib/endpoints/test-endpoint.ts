import { ApiError } from "@/lib/api/errors";
import { SecretDecryptionError } from "@/lib/crypto/secrets";
import { testConnection } from "@/lib/llm/test-connection";
import { describeCapabilityProblems, type TCapabilities } from "@/lib/answer-modes/capabilities";
import { findGuidedChoiceField, storeCapabilities } from "@/lib/answer-modes/endpoint-capabilities";
import { loadEndpointConnection } from "./connection";

export type TTestEndpointResult =
  | { ok: true; latencyMs: number; reply: string; capabilities: TCapabilities | null; warnings: string[] }
  | { ok: false; latencyMs: number; error: { kind: string; message: string; status: number | null } };

/** POST /api/endpoints/:id/test: one tiny chat request with the saved settings; a failed call is a result, not an error. */
export async function testEndpoint(id: string): Promise<TTestEndpointResult> {
  const endpoint = await loadEndpointConnection(id).catch((error: unknown) => {
    if (error instanceof SecretDecryptionError) throw new ApiError(409, "secret_unreadable", error.message);
    throw error;
  });
  const result = await testConnection(endpoint, { probeModes: await findGuidedChoiceField(id) });
  if (result.ok) {
    const capabilities = result.capabilities ?? null;
    if (capabilities) await storeCapabilities(id, capabilities);
    const warnings = capabilities ? describeCapabilityProblems(capabilities) : [];
    return { ok: true, latencyMs: result.latencyMs, reply: result.reply, capabilities, warnings };
  }
  const { kind, message, status } = result.error;
  return { ok: false, latencyMs: result.latencyMs, error: { kind, message, status: status ?? null } };
}
