import { prisma, type TPrisma } from "@/lib/db/prisma";
import { ZEndpointId } from "./schemas";
import { readHeaderNames } from "./secrets";
import { toEndpointView, withUsage, type TEndpointView } from "./view";

export async function findEndpoints(db: TPrisma = prisma): Promise<TEndpointView[]> {
  const rows = await db.modelEndpoint.findMany({ include: withUsage, orderBy: { name: "asc" } });
  return rows.map((row) => toEndpointView(row, readHeaderNames(row)));
}

/** The endpoint, or null when there is none with this id (including ids that are not uuids). */
export async function findEndpoint(id: string, db: TPrisma = prisma): Promise<TEndpointView | null> {
  if (!ZEndpointId.safeParse(id).success) return null;
  const row = await db.modelEndpoint.findUnique({ where: { id }, include: withUsage });
  return row ? toEndpointView(row, readHeaderNames(row)) : null;
}
