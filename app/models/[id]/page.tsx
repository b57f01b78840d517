import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { DeleteEndpoint } from "@/components/endpoints/delete-endpoint";
import { EndpointForm } from "@/components/endpoints/endpoint-form";
import { FormSection } from "@/components/ui/form-section";
import { TestConnection } from "@/components/endpoints/test-connection";
import { PageHeader } from "@/components/ui/page-header";
import { findEndpoint } from "@/lib/endpoints/queries";
import { findRecord, requireRecord } from "@/lib/pages/records";

type TProps = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const endpoint = await findRecord((await params).id, findEndpoint);
  return { title: endpoint ? `Edit ${endpoint.name}` : "Model not found" };
}

export default async function EditModelPage({ params }: TProps) {
  await connection();
  const endpoint = requireRecord(await findRecord((await params).id, findEndpoint));

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href="/models" className="text-slate-500 hover:text-indigo-700">
          ← Models
        </Link>
      </nav>
      <PageHeader title={endpoint.name} description={`${endpoint.model} at ${endpoint.baseUrl}`} />
      <div className="space-y-6">
        <FormSection
          title="Test connection"
          description="Sends one short request with the saved settings. Save your changes first."
        >
          <TestConnection endpointId={endpoint.id} />
        </FormSection>
        <EndpointForm endpoint={endpoint} />
        <FormSection title="Delete" description="Remove this model from Evalboard.">
          <DeleteEndpoint endpoint={endpoint} />
        </FormSection>
      </div>
    </>
  );
}
