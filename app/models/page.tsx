import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { EndpointTable } from "@/components/endpoints/endpoint-table";
import { primaryButton } from "@/components/endpoints/styles";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { findEndpoints } from "@/lib/endpoints/queries";

export const metadata: Metadata = { title: "Models" };

export default async function ModelsPage() {
  await connection();
  const endpoints = await findEndpoints();
  const register = (
    <Link href="/models/new" className={primaryButton}>
      Register model
    </Link>
  );

  return (
    <>
      <PageHeader
        title="Models"
        description="Model endpoints: OpenAI or any OpenAI-compatible server (vLLM, Ollama, TGI, llama.cpp, a fine-tuned Llama)."
        actions={endpoints.length > 0 ? register : undefined}
      />
      {endpoints.length === 0 ? (
        <EmptyState title="No models registered" action={register}>
          Register your first model: a base URL, the model name the server expects, and an API key if it needs one. Keys
          are encrypted at rest and never shown again.
        </EmptyState>
      ) : (
        <EndpointTable endpoints={endpoints} />
      )}
    </>
  );
}
