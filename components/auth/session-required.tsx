import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { primaryButton } from "@/components/ui/styles";

/**
 * Token and user management act through a session (Better Auth checks it on every change), so a page visit made
 * with an API token sees this instead of failing: the token is not a session and must not manage tokens or users.
 */
export function SessionRequired({ what }: { what: string }) {
  return (
    <EmptyState
      title="Sign in to manage these"
      action={
        <Link href="/sign-in" className={primaryButton}>
          Sign in
        </Link>
      }
    >
      This request came with an API token. {what} can be managed only from a signed-in session.
    </EmptyState>
  );
}
