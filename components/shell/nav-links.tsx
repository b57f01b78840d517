"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const primary = [
  { href: "/datasets", label: "Datasets" },
  { href: "/models", label: "Models" },
  { href: "/runs", label: "Runs" },
  { href: "/judgings", label: "Judgings" },
  { href: "/pairwise", label: "Head to head" },
  { href: "/finetunes", label: "Fine-tunes" },
  { href: "/leaderboard", label: "Leaderboard" },
  { href: "/review", label: "Review" },
] as const;

export function NavLinks() {
  const pathname = usePathname();
  const isActive = (href: string) => pathname === href || pathname.startsWith(`${href}/`);
  const linkClass = (active: boolean) =>
    `block rounded-md px-3 py-2 text-sm font-medium transition-colors ${
      active ? "bg-indigo-50 text-indigo-700" : "text-slate-600 hover:bg-slate-100 hover:text-slate-900"
    }`;

  return (
    <nav aria-label="Main" className="flex flex-1 flex-col">
      <ul className="space-y-1">
        {primary.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              className={linkClass(isActive(item.href))}
              aria-current={isActive(item.href) ? "page" : undefined}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
      <div className="mt-auto border-t border-slate-200 pt-3">
        <Link
          href="/health"
          className={linkClass(isActive("/health"))}
          aria-current={isActive("/health") ? "page" : undefined}
        >
          System health
        </Link>
      </div>
    </nav>
  );
}
