import { ApiError } from "@/lib/api/errors";
import type { Prisma } from "@/lib/db/generated/client";
import { prisma, type TPrisma } from "@/lib/db/prisma";
import { checkBaseUrl, type TNetPolicy } from "@/lib/net";
import { endpointInUse, endpointNotFound, nameTaken } from "./errors";
import { isForeignKeyViolation, isRecordNotFound, isUniqueViolation } from "./prisma-errors";
import { ZEndpointId, type TEndpointInput, type TEndpointPatch } from "./schemas";
import { readHeaderNames, sealApiKey, sealHeaders } from "./secrets";
import { toEndpointView, withUsage, type TEndpointView } from "./view";

/**
 * Refuses a base URL whose host is, or resolves to, an internal address (loopback, private, link-local, metadata...)
 * unless EVALBOARD_ALLOWED_HOSTS allows it: a 422 on the baseUrl field, like any other invalid input. Every call
 * checks again (lib/net), so a name that changes its answer after saving gains nothing.
 */
async function assertBaseUrlAllowed(baseUrl: string, netPolicy?: TNetPolicy): Promise<void> {
  const check = await checkBaseUrl(baseUrl, netPolicy);
  if (check.ok) return;
  throw new ApiError(422, "invalid_request", `Invalid request: baseUrl: ${check.message}`, [
    { path: "baseUrl", message: check.message },
  ]);
}

export async function createEndpoint(
  input: TEndpointInput,
  db: TPrisma = prisma,
  netPolicy?: TNetPolicy,
): Promise<TEndpointView> {
  const { apiKey, headers, ...fields } = input;
  await assertBaseUrlAllowed(input.baseUrl, netPolicy);
  try {
    const row = await db.modelEndpoint.create({
      data: { ...fields, ...sealApiKey(apiKey), headersCiphertext: sealHeaders(headers) },
      include: withUsage,
    });
    return toEndpointView(row, readHeaderNames(row));
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(input.name);
    throw error;
  }
}

/** Builds the update: omitted fields stay; for the secrets, null or empty removes and a value replaces. */
function toUpdateData(patch: TEndpointPatch): Prisma.ModelEndpointUpdateInput {
  const { apiKey, headers, ...fields } = patch;
  const data: Prisma.ModelEndpointUpdateInput = Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  );
  if (apiKey !== undefined) Object.assign(data, sealApiKey(apiKey));
  if (headers !== undefined) data.headersCiphertext = sealHeaders(headers);
  return data;
}

export async function updateEndpoint(
  id: string,
  patch: TEndpointPatch,
  db: TPrisma = prisma,
  netPolicy?: TNetPolicy,
): Promise<TEndpointView> {
  if (!ZEndpointId.safeParse(id).success) throw endpointNotFound();
  if (patch.baseUrl !== undefined) await assertBaseUrlAllowed(patch.baseUrl, netPolicy);
  try {
    const row = await db.modelEndpoint.update({ where: { id }, data: toUpdateData(patch), include: withUsage });
    return toEndpointView(row, readHeaderNames(row));
  } catch (error) {
    if (isRecordNotFound(error)) throw endpointNotFound();
    if (isUniqueViolation(error)) throw nameTaken(patch.name ?? "");
    throw error;
  }
}

/**
 * Deletes an endpoint nobody uses. Runs and judgings reference it with ON DELETE RESTRICT (their results would lose
 * the model they came from), so the database refuses and we explain why; relying on the constraint rather than a
 * count first leaves no window for a run created in between.
 */
export async function deleteEndpoint(id: string, db: TPrisma = prisma): Promise<void> {
  if (!ZEndpointId.safeParse(id).success) throw endpointNotFound();
  try {
    await db.modelEndpoint.delete({ where: { id } });
  } catch (error) {
    if (isRecordNotFound(error)) throw endpointNotFound();
    if (!isForeignKeyViolation(error)) throw error;
    const row = await db.modelEndpoint.findUnique({ where: { id }, include: withUsage });
    if (!row) throw endpointNotFound();
    // Fine-tunes trained at it (as their provider) restrict it too (issue 17).
    const fineTunes = await db.fineTune.count({ where: { providerEndpointId: id } });
    throw endpointInUse(row.name, { ...row._count, fineTunes });
  }
}
