/** Test-only helpers for the dataset integration tests: upload requests, unique names and row counts by name. */
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db/prisma";

export const DATASETS_URL = "http://127.0.0.1/api/datasets";
export const noParams = { params: Promise.resolve({}) };
export const withId = (id: string) => ({ params: Promise.resolve({ id }) });

export function uniqueDatasetName(label: string): string {
  return `int-ds-${label}-${randomUUID().slice(0, 8)}`;
}

export type TUploadParts = {
  fields: Record<string, string | undefined>;
  file: { name: string; bytes: Uint8Array | string };
};

/** A multipart request as a browser would send it: the text fields first, the file last. */
export function uploadRequest({ fields, file }: TUploadParts, url = DATASETS_URL): Request {
  return new Request(url, { method: "POST", body: uploadForm({ fields, file }) });
}

export function uploadForm({ fields, file }: TUploadParts): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) form.append(name, value);
  const bytes = typeof file.bytes === "string" ? new TextEncoder().encode(file.bytes) : file.bytes;
  form.append("file", new Blob([new Uint8Array(bytes)]), file.name);
  return form;
}

/** The datasets with this name and their samples: what a failed upload must leave at zero. */
export async function countStored(name: string): Promise<{ datasets: number; samples: number }> {
  const [datasets, samples] = await Promise.all([
    prisma.dataset.count({ where: { name } }),
    prisma.sample.count({ where: { dataset: { name } } }),
  ]);
  return { datasets, samples };
}

export async function removeDatasets(names: string[]): Promise<void> {
  await prisma.dataset.deleteMany({ where: { name: { in: names } } });
}

export async function readJson(response: Response): Promise<Record<string, unknown>> {
  return (await response.json()) as Record<string, unknown>;
}
