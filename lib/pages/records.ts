import { notFound } from "next/navigation";
import { ApiError } from "@/lib/api/errors";
import { isUuid } from "@/lib/api/ids";

/**
 * The one way a page loads the record its `[id]` names: null when the id is not a uuid (Postgres would refuse it as
 * a 500), when the loader finds nothing, or when it throws a 404 ApiError (the API's "not found").
 */
export async function findRecord<T>(id: string, load: (id: string) => Promise<T | null>): Promise<T | null> {
  if (!isUuid(id)) return null;
  try {
    return await load(id);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/** A missing record is Next's 404 page (app/not-found or the default one), never an error page. */
export function requireRecord<T>(record: T | null): T {
  if (record === null) notFound();
  return record;
}
