import type { Metadata } from "next";
import Link from "next/link";
import { ApiReference } from "@/components/docs/api-reference";
import { PageHeader } from "@/components/ui/page-header";
import { secondaryButton } from "@/components/ui/styles";

export const metadata: Metadata = { title: "API reference" };

export default function ApiDocsPage() {
  return (
    <>
      <PageHeader
        title="API reference"
        description="Every route of the JSON API, generated from the same schemas the server checks requests with. Authenticate scripts with a personal token as Authorization: Bearer <token>."
        actions={
          <>
            <Link href="/settings/tokens" className={secondaryButton}>
              API tokens
            </Link>
            <a href="/api/openapi.json" className={secondaryButton}>
              openapi.json
            </a>
          </>
        }
      />
      <ApiReference />
    </>
  );
}
