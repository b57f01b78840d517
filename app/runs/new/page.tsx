import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { primaryButton } from "@/components/endpoints/styles";
import { NewRunForm } from "@/components/runs/new-run-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { findDatasets } from "@/lib/datasets/queries";
import { findEndpoints } from "@/lib/endpoints/queries";
import { findBestAccuracyByDataset } from "@/lib/runs/best-accuracy";

export const metadata: Metadata = { title: "Start a run" };

type TProps = { searchParams: Promise<{ datasetId?: string | string[] }> };

export default async function NewRunPage({ searchParams }: TProps) {
  await connection();
  const [datasets, endpoints, params, bestAccuracy] = await Promise.all([
    findDatasets(),
    findEndpoints(),
    searchParams,
    findBestAccuracyByDataset(),
  ]);
  const datasetId = typeof params.datasetId === "string" ? params.datasetId : null;

  return (
    <>
      <PageHeader
        title="Start a run"
        description="Send a dataset split through one or more models. Every answer is stored and scored the same way for all of them."
      />
      {datasets.length === 0 || endpoints.length === 0 ? (
        <div className="grid gap-4 md:grid-cols-2">
          {datasets.length === 0 ? (
            <EmptyState
              title="Upload a dataset first"
              action={
                <Link href="/datasets/new" className={primaryButton}>
                  Upload a dataset
                </Link>
              }
            >
              A CSV or JSONL file with the input text and the expected label or reference answer.
            </EmptyState>
          ) : null}
          {endpoints.length === 0 ? (
            <EmptyState
              title="Register a model first"
              action={
                <Link href="/models/new" className={primaryButton}>
                  Register a model
                </Link>
              }
            >
              Any OpenAI-compatible endpoint: OpenAI itself, vLLM, Ollama, TGI or your fine-tuned model.
            </EmptyState>
          ) : null}
        </div>
      ) : (
        <NewRunForm
          datasets={datasets.map(({ id, name, task, trainCount, testCount }) => ({
            id,
            name,
            task,
            trainCount,
            testCount,
            bestAccuracy: bestAccuracy.get(id) ?? null,
          }))}
          endpoints={endpoints.map(({ id, name, model, tags, inputPricePerM, outputPricePerM, capabilities }) => ({
            id,
            name,
            model,
            tags,
            inputPricePerM,
            outputPricePerM,
            capabilities,
          }))}
          datasetId={datasetId}
        />
      )}
    </>
  );
}
