import { APIError, createAuthMiddleware, getSessionFromCtx } from "better-auth/api";

/**
 * Admins may not change their own role (through /admin/set-role or /admin/update-user). With Better Auth's own
 * refusals to ban or remove yourself, this keeps at least one admin: only another admin, who stays one, can demote
 * an admin.
 */
export const ownRoleGuard = createAuthMiddleware(async (ctx) => {
  if (ctx.path !== "/admin/set-role" && ctx.path !== "/admin/update-user") return;
  const body = (ctx.body ?? {}) as { userId?: unknown; role?: unknown; data?: { role?: unknown } };
  const changesRole = ctx.path === "/admin/set-role" || body.data?.role !== undefined;
  if (!changesRole) return;
  const session = await getSessionFromCtx(ctx);
  if (session && body.userId === session.user.id) {
    throw new APIError("BAD_REQUEST", {
      code: "CANNOT_CHANGE_OWN_ROLE",
      message: "You cannot change your own role: another admin must, so the install always keeps one admin.",
    });
  }
});
