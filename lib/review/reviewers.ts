import { getCurrentUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import type { TDb } from "@/lib/db/prisma";

export type TReviewer = { id: string; name: string };

/** Who may review (analysts and admins), by name: the people a queue's items can be dealt to. */
export async function listReviewers(db: TDb): Promise<TReviewer[]> {
  return db.user.findMany({
    where: { role: { in: ["analyst", "admin"] } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
    take: 200,
  });
}

/**
 * For a page offering "Create review queue": the reviewers to assign, or null when the signed-in user is a viewer
 * (viewers read queues; analysts and admins create and decide them; the API refuses a viewer anyway).
 */
export async function loadReviewersForPage(db: TDb): Promise<TReviewer[] | null> {
  const me = await getCurrentUser();
  if (!me?.role || !hasRole(me.role, "analyst")) return null;
  return listReviewers(db);
}
