// Seed data through the public JSON API, as a script or CI would: each test makes its own, with unique names.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { expect, type APIRequestContext } from "@playwright/test";
import { LLM_SERVER_URL } from "./llm-server";

export function uniqueName(prefix: string): string {
  return `${prefix} ${randomUUID().slice(0, 6)}`;
}

export type TEndpointSeed = {
  name: string;
  model: string;
  inputPricePerM?: number | null;
  outputPricePerM?: number | null;
  maxConcurrency?: number;
  tags?: string[];
};

export async function createEndpoint(
  request: APIRequestContext,
  seed: TEndpointSeed,
): Promise<{ id: string; name: string }> {
  const response = await request.post("/api/endpoints", { data: { baseUrl: LLM_SERVER_URL, ...seed } });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: string; name: string };
}

export type TDatasetSeed = {
  name: string;
  file: string;
  task?: "CLASSIFICATION" | "OPEN_QA";
  /** Share of each class that becomes TEST; the rest is TRAIN (where k-shot examples come from). */
  testFraction?: number;
  seed?: number;
};

export type TSeededDataset = { id: string; name: string; trainCount: number; testCount: number; labels: string[] };

/** POST /api/datasets as multipart: the text fields first, then the file (the server reads it as it streams in). */
export async function createDataset(request: APIRequestContext, seed: TDatasetSeed): Promise<TSeededDataset> {
  const response = await request.post("/api/datasets", {
    multipart: {
      name: seed.name,
      task: seed.task ?? "CLASSIFICATION",
      testFraction: String(seed.testFraction ?? 0.5),
      seed: String(seed.seed ?? 7),
      file: { name: basename(seed.file), mimeType: "text/csv", buffer: await readFile(seed.file) },
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as TSeededDataset;
}

export async function createRun(
  request: APIRequestContext,
  body: { datasetId: string; endpointIds: string[]; shots?: number; limit?: number },
): Promise<string> {
  const response = await request.post("/api/runs", { data: body });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}
