import { prisma, type TPrisma } from "@/lib/db/prisma";
import { endpointNotFound } from "./errors";
import { ZEndpointId } from "./schemas";
import { openSecrets, type TEndpointSecrets } from "./secrets";

/** Everything needed to call an endpoint, secrets decrypted. Server-side only; the shape lib/llm's calls take. */
export type TEndpointConnection = TEndpointSecrets & {
  id: string;
  name: string;
  baseUrl: string;
  model: string;
  timeoutMs: number;
  maxConcurrency: number;
  requestsPerMinute: number | null;
  inputPricePerM: number | null;
  outputPricePerM: number | null;
};

/** Throws a 404 ApiError for an unknown id and SecretDecryptionError when the encryption key changed. */
export async function loadEndpointConnection(id: string, db: TPrisma = prisma): Promise<TEndpointConnection> {
  const row = ZEndpointId.safeParse(id).success ? await db.modelEndpoint.findUnique({ where: { id } }) : null;
  if (!row) throw endpointNotFound();
  return {
    id: row.id,
    name: row.name,
    baseUrl: row.baseUrl,
    model: row.model,
    timeoutMs: row.timeoutMs,
    maxConcurrency: row.maxConcurrency,
    requestsPerMinute: row.requestsPerMinute,
    inputPricePerM: row.inputPricePerM,
    outputPricePerM: row.outputPricePerM,
    ...openSecrets(row),
  };
}
