import { createAccessControl } from "better-auth/plugins/access";
import { defaultStatements } from "better-auth/plugins/admin/access";

/**
 * Rights inside Better Auth's admin plugin (user management). Only admins manage users; impersonation is not
 * granted to anyone. What each role may do in Evalboard itself is lib/auth/policy.ts.
 */
export const accessControl = createAccessControl(defaultStatements);

const noUserManagement = accessControl.newRole({ user: [], session: [] });

export const authRoles = {
  admin: accessControl.newRole({
    user: ["create", "list", "set-role", "ban", "delete", "set-password", "set-email", "get", "update"],
    session: ["list", "revoke", "delete"],
  }),
  analyst: noUserManagement,
  viewer: noUserManagement,
};
