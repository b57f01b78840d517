import "server-only";
import { Readable } from "node:stream";
import { prisma, type TPrisma } from "@/lib/db/prisma";
import { datasetNotFound } from "@/lib/datasets/delete";
import { toDownloadResponse } from "@/lib/export/formats";
import { defaultTemplate, OPENAI_LIMITS, toJsonlLine, type TProviderLimits } from "./export-builder";
import { planExport, type TExportPlan } from "./export-plan";
import type { TExportQuery } from "./export-query";

/**
 * A dataset split as fine-tuning files. The split is read whole: fine-tuning sets are small (OpenAI caps a file at
 * a few hundred MB and recommends thousands of rows), and the validation draw needs every row anyway.
 */
export async function buildDatasetExport(
  datasetId: string,
  query: Omit<TExportQuery, "file">,
  db: TPrisma = prisma,
  limits: TProviderLimits = OPENAI_LIMITS,
): Promise<{ dataset: { id: string; name: string; task: "CLASSIFICATION" | "OPEN_QA" }; plan: TExportPlan }> {
  const dataset = await db.dataset.findUnique({
    where: { id: datasetId },
    select: { id: true, name: true, task: true, labels: true },
  });
  if (!dataset) throw datasetNotFound();
  const rows = await db.sample.findMany({
    where: { datasetId, split: query.split },
    select: { index: true, input: true, expected: true },
    orderBy: { index: "asc" },
  });
  const plan = planExport(rows, {
    template: defaultTemplate(dataset.task),
    labels: dataset.labels,
    validationShare: query.validationShare,
    seed: query.seed,
    limits,
    trainingPricePerM: query.trainingPricePerM ?? null,
  });
  return { dataset, plan };
}

export function toExportDownload(plan: TExportPlan, file: "training" | "validation", datasetName: string): Response {
  const lines = (file === "training" ? plan.training : plan.validation).map((row) => toJsonlLine(row.example));
  const stream = Readable.from(lines.map((line) => Buffer.from(line)));
  return toDownloadResponse(stream, "jsonl", `${datasetName}-${file}`);
}
