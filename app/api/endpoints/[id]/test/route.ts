import { ApiError } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";
import { SecretDecryptionError } from "@/lib/crypto/secrets";
import { loadEndpointConnection } from "@/lib/endpoints/connection";
import { jsonResponse } from "@/lib/endpoints/http";
import { testConnection } from "@/lib/llm/test-connection";

type TParams = { id: string };

/** One tiny chat request to the endpoint: `{ ok, latencyMs, reply }` or `{ ok: false, latencyMs, error }` (200 either way). */
export const POST = apiRoute<TParams>(async (_request, { params }) => {
  const endpoint = await loadEndpointConnection((await params).id).catch((error: unknown) => {
    if (error instanceof SecretDecryptionError) throw new ApiError(409, "secret_unreadable", error.message);
    throw error;
  });
  const result = await testConnection(endpoint);
  if (result.ok) return jsonResponse({ ok: true, latencyMs: result.latencyMs, reply: result.reply });
  const { kind, message, status } = result.error;
  return jsonResponse({ ok: false, latencyMs: result.latencyMs, error: { kind, message, status: status ?? null } });
});
