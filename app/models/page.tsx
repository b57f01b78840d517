import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Models" };

export default function Page() {
  return (
    <>
      <PageHeader
        title="Models"
        description="Model endpoints: OpenAI or any OpenAI-compatible server (vLLM, Ollama, TGI, llama.cpp, a fine-tuned Llama)."
      />
      <EmptyState title="No models registered">
        A model is a base URL, a model name and an optional API key. Keys are encrypted at rest and never shown again.
      </EmptyState>
    </>
  );
}
