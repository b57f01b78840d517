import { z } from "zod";

/** `[id]` routes and pages: every record id is a uuid, so anything else names nothing (a 404, never a 500). */
export const ZIdParams = z.object({ id: z.uuid() });

export function isUuid(value: string): boolean {
  return z.uuid().safeParse(value).success;
}
