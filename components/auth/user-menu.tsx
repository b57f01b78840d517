import Link from "next/link";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { SignOutButton } from "./sign-out-button";

const linkClass = "block rounded-md px-3 py-1.5 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900";

/** Bottom of the sidebar: who is signed in, their role, their tokens, user management for admins, sign-out. */
export function UserMenu({ user }: { user: TCurrentUser }) {
  return (
    <div className="mt-3 border-t border-slate-200 pt-3" aria-label="Account">
      <div className="px-3 pb-2">
        <p className="truncate text-sm font-medium text-slate-900" title={user.email}>
          {user.name}
        </p>
        <p className="truncate text-xs text-slate-500">
          {user.email} · <span data-testid="current-role">{user.role ?? "no role"}</span>
        </p>
      </div>
      <Link href="/settings/tokens" className={linkClass}>
        API tokens
      </Link>
      <Link href="/docs/api" className={linkClass}>
        API reference
      </Link>
      {user.role === "admin" ? (
        <Link href="/settings/users" className={linkClass}>
          Users
        </Link>
      ) : null}
      <SignOutButton className={`${linkClass} w-full text-left`} />
    </div>
  );
}
