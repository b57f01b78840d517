import type { Metadata } from "next";
import { EndpointForm } from "@/components/endpoints/endpoint-form";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Register a model" };

export default function NewModelPage() {
  return (
    <>
      <PageHeader
        title="Register a model"
        description="Point Evalboard at an OpenAI-compatible endpoint. Pick a preset to fill the base URL of a common server."
      />
      <EndpointForm />
    </>
  );
}
