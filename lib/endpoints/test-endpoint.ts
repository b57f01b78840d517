import { ApiError } from "@/lib/api/errors";
import { SecretDecryptionError } from "@/lib/crypto/secrets";
import { testConnection } from "@/lib/llm/test-connection";
import { loadEndpointConnection } from "./connection";

export type TTestEndpointResult =
  | { ok: true; latencyMs: number; reply: string }
  | { ok: false; latencyMs: number; error: { kind: string; message: string; status: number | null } };

/** POST /api/endpoints/:id/test: one tiny chat request with the saved settings; a failed call is a result, not an error. */
export async function testEndpoint(id: string): Promise<TTestEndpointResult> {
  const endpoint = await loadEndpointConnection(id).catch((error: unknown) => {
    if (error instanceof SecretDecryptionError) throw new ApiError(409, "secret_unreadable", error.message);
    throw error;
  });
  const result = await testConnection(endpoint);
  if (result.ok) return { ok: true, latencyMs: result.latencyMs, reply: result.reply };
  const { kind, message, status } = result.error;
  return { ok: false, latencyMs: result.latencyMs, error: { kind, message, status: status ?? null } };
}
