import { z } from "zod";

/** Ordered from least to most rights: each role can do everything the ones before it can. */
export const ROLES = ["viewer", "analyst", "admin"] as const;

export const ZRole = z.enum(ROLES);
export type TRole = z.infer<typeof ZRole>;

export const ROLE_LABELS: Record<TRole, string> = {
  viewer: "Viewer: reads everything, changes nothing",
  analyst: "Analyst: datasets, runs and judgings",
  admin: "Admin: users, model endpoints and their keys",
};

/** The role stored on a user; anything unknown (a hand-edited row, a role from an older version) has no rights. */
export function parseRole(value: string | null | undefined): TRole | null {
  const parsed = ZRole.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function hasRole(role: TRole, minimum: TRole): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(minimum);
}
