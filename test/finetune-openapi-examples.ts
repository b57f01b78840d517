// The contract test's calls for the fine-tuning routes and the built-in provider's fine-tuning and embeddings API.
import { randomUUID } from "node:crypto";
import { uploadForm } from "@/test/datasets-fixtures";
import type { TExample } from "@/test/openapi-examples";

const id = (value: string) => ({ params: { id: value } });

export const FINETUNE_EXAMPLES: TExample[] = [
  {
    route: "/api/datasets/[id]/finetune-export",
    method: "GET",
    ok: (f) => id(f.finetune.datasetId),
    error: (f) => ({ ...id(f.finetune.datasetId), search: "?validationShare=0.9" }),
  },
  {
    route: "/api/datasets/[id]/finetune-export",
    method: "GET",
    ok: (f) => ({ ...id(f.finetune.datasetId), search: "?file=training" }),
    error: () => ({ ...id(randomUUID()), search: "?file=training" }),
  },
  {
    route: "/api/finetunes",
    method: "POST",
    ok: (f) => ({ json: f.finetune.createInput }),
    error: (f) => ({ json: { ...f.finetune.createInput, confirmedTrainingTokens: undefined } }),
  },
  { route: "/api/finetunes/[id]", method: "GET", ok: (f) => id(f.finetune.fineTuneId), error: () => id(randomUUID()) },
  {
    route: "/api/finetunes/[id]/cancel",
    method: "POST",
    ok: (f) => id(f.finetune.fineTuneId),
    error: () => id(randomUUID()),
  },
  {
    route: "/api/local/v1/files",
    method: "POST",
    ok: (f) => ({
      form: uploadForm({
        fields: { purpose: "fine-tune" },
        file: { name: "t.jsonl", bytes: f.finetune.trainingJsonl },
      }),
    }),
    error: (f) => ({
      form: uploadForm({
        fields: { purpose: "assistants" },
        file: { name: "t.jsonl", bytes: f.finetune.trainingJsonl },
      }),
    }),
  },
  {
    route: "/api/local/v1/fine_tuning/jobs",
    method: "POST",
    ok: (f) => ({ json: { model: f.finetune.baseModel, training_file: f.finetune.fileId } }),
    error: (f) => ({ json: { model: f.finetune.baseModel, training_file: `file-${randomUUID()}` } }),
  },
  {
    route: "/api/local/v1/fine_tuning/jobs/[id]/cancel",
    method: "POST",
    ok: (f) => id(f.finetune.jobId),
    error: (f) => id(f.finetune.jobId),
  },
  {
    route: "/api/local/v1/fine_tuning/jobs/[id]",
    method: "GET",
    ok: (f) => id(f.finetune.jobId),
    error: () => id(`ftjob-${randomUUID()}`),
  },
  {
    route: "/api/local/v1/fine_tuning/jobs/[id]/events",
    method: "GET",
    ok: (f) => id(f.finetune.jobId),
    error: (f) => ({ ...id(f.finetune.jobId), search: "?limit=0" }),
  },
  {
    route: "/api/runs/embedding-classifier",
    method: "POST",
    ok: (f) => ({ json: { datasetId: f.finetune.datasetId, endpointId: f.finetune.createInput.providerEndpointId } }),
    error: (f) => ({ json: { datasetId: f.qaDatasetId, endpointId: f.finetune.createInput.providerEndpointId } }),
  },
  {
    route: "/api/local/v1/embeddings",
    method: "POST",
    ok: (f) => ({ json: { model: `tfidf-svd:${f.finetune.datasetId}`, input: ["chest pain", "a tumour"] } }),
    error: () => ({ json: { model: `tfidf-svd:${randomUUID()}`, input: "chest pain" } }),
  },
];
