import Link from "next/link";
import { UserMenu } from "@/components/auth/user-menu";
import { getCurrentUser } from "@/lib/auth/current-user";
import { NavLinks } from "./nav-links";

export async function AppShell({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  // Signed out (sign-in and setup screens): no navigation to places the visitor cannot open yet.
  if (!user) {
    return (
      <main id="main" className="grid min-h-screen place-items-center bg-slate-50 px-6 py-12">
        {children}
      </main>
    );
  }
  return (
    <div className="flex min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <div className="w-56 shrink-0 border-r border-slate-200 bg-white">
        <aside className="sticky top-0 flex h-screen flex-col px-3 py-5">
          <Link href="/" className="mb-8 flex items-center gap-2 px-2">
            <span
              aria-hidden
              className="grid size-7 place-items-center rounded-md bg-indigo-600 text-sm font-bold text-white"
            >
              E
            </span>
            <span className="text-lg font-semibold tracking-tight">Evalboard</span>
          </Link>
          <NavLinks />
          <UserMenu user={user} />
        </aside>
      </div>
      <main id="main" className="min-w-0 flex-1 px-10 py-8">
        <div className="mx-auto max-w-6xl">{children}</div>
      </main>
    </div>
  );
}
