import type { TPrisma } from "@/lib/db/prisma";
import { createEndpoint, updateEndpoint } from "@/lib/endpoints/service";
import { ZEndpointInput } from "@/lib/endpoints/schemas";
import { deriveLocalModelKey } from "@/lib/local-models/access-key";
import { formatLocalModelName } from "@/lib/local-models/model-name";
import type { TDemoEndpoint } from "./demo-plan";

export type TEnsuredEndpoint = { name: string; id: string; status: "created" | "updated" | "kept" };

const LOCAL_PATH = "/api/local/v1";

/**
 * The local endpoint with this name. An existing one is kept; if it is one of ours (it points at /api/local/v1) but
 * at another port or dataset (the app moved, or the demo dataset was deleted and seeded again), it is repointed.
 * An endpoint of the same name pointing elsewhere belongs to the user and is left alone. Ours carry the local-model
 * key as their API key (the app refuses anonymous callers there too); one seeded before accounts existed gets it.
 */
export async function ensureEndpoint(
  db: TPrisma,
  spec: TDemoEndpoint,
  target: { baseUrl: string; datasetId: string },
): Promise<TEnsuredEndpoint> {
  const model = formatLocalModelName({ kind: spec.kind, datasetId: target.datasetId });
  const existing = await db.modelEndpoint.findUnique({
    where: { name: spec.name },
    select: { id: true, baseUrl: true, model: true, apiKeyLast4: true },
  });
  const apiKey = deriveLocalModelKey();
  if (!existing) {
    const input = ZEndpointInput.parse({ name: spec.name, baseUrl: target.baseUrl, model, apiKey, tags: spec.tags });
    const created = await createEndpoint(input, db);
    return { name: spec.name, id: created.id, status: "created" };
  }
  const ours = existing.baseUrl.endsWith(LOCAL_PATH);
  const keyed = existing.apiKeyLast4 === apiKey.slice(-4);
  if (!ours || (existing.baseUrl === target.baseUrl && existing.model === model && keyed)) {
    return { name: spec.name, id: existing.id, status: "kept" };
  }
  await updateEndpoint(existing.id, { baseUrl: target.baseUrl, model, apiKey }, db);
  return { name: spec.name, id: existing.id, status: "updated" };
}
