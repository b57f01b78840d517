import type { TPrisma } from "@/lib/db/prisma";
import { createEndpoint, updateEndpoint } from "@/lib/endpoints/service";
import { ZEndpointInput } from "@/lib/endpoints/schemas";
import { deriveLocalModelKey } from "@/lib/local-models/access-key";
import { formatLocalModelName } from "@/lib/local-models/model-name";
import type { TDemoEndpoint } from "./demo-plan";

export type TEnsuredEndpoint = { name: string; id: string; status: "created" | "updated" | "kept" };

const LOCAL_PATH = "/api/local/v1";
const FREE = { inputPricePerM: 0, outputPricePerM: 0 } as const;

/**
 * The local endpoint with this name. An existing one is kept; if it is one of ours (it points at /api/local/v1) but
 * at another port or dataset (the app moved, or the demo dataset was deleted and seeded again), it is repointed.
 * An endpoint of the same name pointing elsewhere belongs to the user and is left alone. Ours carry the local-model
 * key as their API key (the app refuses anonymous callers there too); one seeded before accounts existed gets it.
 * They cost nothing, and say so: price 0, so their cost is $0 rather than unknown (the baseline that costs nothing).
 */
export async function ensureEndpoint(
  db: TPrisma,
  spec: Pick<TDemoEndpoint, "name" | "tags"> & ({ kind: TDemoEndpoint["kind"] } | { model: string }),
  target: { baseUrl: string; datasetId: string },
): Promise<TEnsuredEndpoint> {
  const model = "model" in spec ? spec.model : formatLocalModelName({ kind: spec.kind, datasetId: target.datasetId });
  const existing = await db.modelEndpoint.findUnique({
    where: { name: spec.name },
    select: { id: true, baseUrl: true, model: true, apiKeyLast4: true, inputPricePerM: true, outputPricePerM: true },
  });
  const apiKey = deriveLocalModelKey();
  if (!existing) {
    const input = ZEndpointInput.parse({
      name: spec.name,
      baseUrl: target.baseUrl,
      model,
      apiKey,
      tags: spec.tags,
      ...FREE,
    });
    const created = await createEndpoint(input, db);
    return { name: spec.name, id: created.id, status: "created" };
  }
  const ours = existing.baseUrl.endsWith(LOCAL_PATH);
  const keyed = existing.apiKeyLast4 === apiKey.slice(-4);
  const priced = existing.inputPricePerM !== null && existing.outputPricePerM !== null;
  if (!ours || (existing.baseUrl === target.baseUrl && existing.model === model && keyed && priced)) {
    return { name: spec.name, id: existing.id, status: "kept" };
  }
  await updateEndpoint(existing.id, { baseUrl: target.baseUrl, model, apiKey, ...(priced ? {} : FREE) }, db);
  return { name: spec.name, id: existing.id, status: "updated" };
}
