import type { TPrisma } from "@/lib/db/prisma";
import { createEndpoint, updateEndpoint } from "@/lib/endpoints/service";
import { ZEndpointInput } from "@/lib/endpoints/schemas";
import { sealApiKey } from "@/lib/endpoints/secrets";
import type { TEnsuredEndpoint } from "./ensure-endpoint";
import type { TPlannedEndpoint } from "./openai-plan";

/**
 * The endpoint of the OpenAI experiment with this name. A new one is registered (the key encrypted like any other);
 * an existing one follows the environment when its URL, model or key changed (a rotated key, say) and is otherwise
 * kept, so a second seed changes nothing.
 */
export async function ensureRemoteEndpoint(db: TPrisma, spec: TPlannedEndpoint): Promise<TEnsuredEndpoint> {
  const existing = await db.modelEndpoint.findUnique({
    where: { name: spec.name },
    select: { id: true, baseUrl: true, model: true, apiKeyLast4: true },
  });
  if (!existing) {
    const created = await createEndpoint(ZEndpointInput.parse(spec), db);
    return { name: spec.name, id: created.id, status: "created" };
  }
  // Only the last 4 characters are stored in clear: enough to notice a rotated key.
  const keyLast4 = sealApiKey(spec.apiKey).apiKeyLast4;
  if (existing.baseUrl === spec.baseUrl && existing.model === spec.model && existing.apiKeyLast4 === keyLast4) {
    return { name: spec.name, id: existing.id, status: "kept" };
  }
  await updateEndpoint(existing.id, { baseUrl: spec.baseUrl, model: spec.model, apiKey: spec.apiKey }, db);
  return { name: spec.name, id: existing.id, status: "updated" };
}
