import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db/prisma";

/** Test-only helpers shared by the endpoint integration tests: unique names, and cleanup of only what a test made. */
export function uniqueName(label: string): string {
  return `int-${label}-${randomUUID().slice(0, 8)}`;
}

/** A long, distinctive key so any leak of it (or of its base64) is detectable. */
export function uniqueApiKey(): string {
  return `sk-test-${randomUUID().replaceAll("-", "")}`;
}

export async function readRawRow(id: string): Promise<Record<string, unknown>> {
  const rows = await prisma.$queryRaw<Record<string, unknown>[]>`SELECT * FROM "ModelEndpoint" WHERE id = ${id}::uuid`;
  const row = rows[0];
  if (!row) throw new Error(`no ModelEndpoint row ${id}`);
  return row;
}

/** Every column rendered as text, for "the secret appears nowhere" assertions. */
export function columnTexts(row: Record<string, unknown>): string[] {
  return Object.values(row).map((value) =>
    value instanceof Date ? value.toISOString() : (JSON.stringify(value) ?? ""),
  );
}

/** A dataset and a queued run that reference the endpoint, as the run engine would create them. */
export async function createRunUsing(endpointId: string): Promise<{ datasetId: string; runId: string }> {
  const dataset = await prisma.dataset.create({
    data: {
      name: uniqueName("dataset"),
      task: "CLASSIFICATION",
      labels: ["neg", "pos"],
      sourceFileName: "reviews.csv",
      sourceSha256: "0".repeat(64),
      sourceBytes: 10n,
      columnMapping: { input: "text", expected: "label" },
      rowCount: 0,
      trainCount: 0,
      testCount: 0,
    },
  });
  const run = await prisma.run.create({
    data: { datasetId: dataset.id, endpointId, task: "CLASSIFICATION", promptTemplate: "{{text}}", total: 0 },
  });
  return { datasetId: dataset.id, runId: run.id };
}

export async function removeEndpoints(ids: string[]): Promise<void> {
  await prisma.modelEndpoint.deleteMany({ where: { id: { in: ids } } });
}
