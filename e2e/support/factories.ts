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

/** Polls a job's JSON (a run, a judging, a pairwise judging) at `path` until its status is COMPLETED. */
export async function waitForCompleted(request: APIRequestContext, path: string, timeout = 90_000): Promise<void> {
  await expect
    .poll(async () => ((await (await request.get(path)).json()) as { status: string }).status, { timeout })
    .toBe("COMPLETED");
}

export function waitForRun(request: APIRequestContext, runId: string): Promise<void> {
  return waitForCompleted(request, `/api/runs/${runId}`);
}

/** A run's first 200 outputs as the drill-down API answers them. */
export async function readOutputs<TOutput>(request: APIRequestContext, runId: string): Promise<TOutput[]> {
  const response = await request.get(`/api/runs/${runId}/outputs?limit=200`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { items: TOutput[] }).items;
}
