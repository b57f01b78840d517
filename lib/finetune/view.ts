import type { TDb } from "@/lib/db/prisma";
import { ApiError } from "@/lib/api/errors";
import { isUuid } from "@/lib/api/ids";
import { prepareLossChart, type TLossPoint } from "./loss-chart-data";

export type TFineTuneView = {
  id: string;
  status: string;
  dataset: { id: string; name: string };
  provider: { id: string; name: string; model: string };
  split: string;
  validationShare: number;
  hyperparameters: { nEpochs: number | null; learningRateMultiplier: number | null; batchSize: number | null };
  suffix: string | null;
  trainingRows: number;
  validationRows: number;
  trainingTokens: number;
  estimatedCost: number | null;
  providerJobId: string | null;
  providerStatus: string | null;
  fineTunedModel: string | null;
  lastHeardAt: string | null;
  lastPollError: string | null;
  errorMessage: string | null;
  resultEndpoint: { id: string; name: string } | null;
  runs: { id: string; status: string }[];
  losses: TLossPoint[];
  events: { id: number; at: string; level: string; message: string }[];
  createdAt: string;
  finishedAt: string | null;
};

export function fineTuneNotFound(): ApiError {
  return new ApiError(404, "finetune_not_found", "This fine-tune does not exist.");
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** What the job page and GET /api/finetunes/{id} show: the job, the provider's progress, its losses and events. */
export async function getFineTuneView(db: TDb, id: string): Promise<TFineTuneView | null> {
  if (!isUuid(id)) return null;
  const fineTune = await db.fineTune.findUnique({ where: { id } });
  if (!fineTune) return null;
  const [dataset, provider, resultEndpoint, runs, metrics, events] = await Promise.all([
    db.dataset.findUnique({ where: { id: fineTune.datasetId }, select: { id: true, name: true } }),
    db.modelEndpoint.findUnique({
      where: { id: fineTune.providerEndpointId },
      select: { id: true, name: true, model: true },
    }),
    fineTune.resultEndpointId
      ? db.modelEndpoint.findUnique({ where: { id: fineTune.resultEndpointId }, select: { id: true, name: true } })
      : null,
    db.run.findMany({ where: { id: { in: fineTune.runIds } }, select: { id: true, status: true } }),
    db.fineTuneEvent.findMany({
      where: { fineTuneId: id, step: { not: null } },
      select: { step: true, trainLoss: true, validLoss: true },
      orderBy: { step: "asc" },
      take: 5_000,
    }),
    db.fineTuneEvent.findMany({
      where: { fineTuneId: id },
      select: { id: true, at: true, level: true, message: true },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: 50,
    }),
  ]);
  return {
    id,
    status: fineTune.status,
    dataset: dataset ?? { id: fineTune.datasetId, name: "(deleted dataset)" },
    provider: provider ?? { id: fineTune.providerEndpointId, name: "(deleted endpoint)", model: "" },
    split: fineTune.split,
    validationShare: fineTune.validationShare,
    hyperparameters: {
      nEpochs: fineTune.nEpochs,
      learningRateMultiplier: fineTune.learningRateMultiplier,
      batchSize: fineTune.batchSize,
    },
    suffix: fineTune.suffix,
    trainingRows: fineTune.trainingRows,
    validationRows: fineTune.validationRows,
    trainingTokens: fineTune.trainingTokens,
    estimatedCost: fineTune.estimatedCost,
    providerJobId: fineTune.providerJobId,
    providerStatus: fineTune.providerStatus,
    fineTunedModel: fineTune.fineTunedModel,
    lastHeardAt: iso(fineTune.lastHeardAt),
    lastPollError: fineTune.lastPollError,
    errorMessage: fineTune.errorMessage,
    resultEndpoint,
    runs,
    losses: prepareLossChart(metrics),
    events: events.map((event) => ({ ...event, at: event.at.toISOString() })),
    createdAt: fineTune.createdAt.toISOString(),
    finishedAt: iso(fineTune.finishedAt),
  };
}

/** The fine-tunes list, newest first. */
export async function findFineTunes(db: TDb) {
  const rows = await db.fineTune.findMany({
    orderBy: { createdAt: "desc" },
    take: 200,
    select: {
      id: true,
      status: true,
      datasetId: true,
      providerEndpointId: true,
      fineTunedModel: true,
      createdAt: true,
      trainingRows: true,
    },
  });
  const [datasets, endpoints] = await Promise.all([
    db.dataset.findMany({ where: { id: { in: rows.map((row) => row.datasetId) } }, select: { id: true, name: true } }),
    db.modelEndpoint.findMany({
      where: { id: { in: rows.map((row) => row.providerEndpointId) } },
      select: { id: true, name: true },
    }),
  ]);
  const nameOf = (list: { id: string; name: string }[], id: string) => list.find((item) => item.id === id)?.name ?? "—";
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    datasetName: nameOf(datasets, row.datasetId),
    providerName: nameOf(endpoints, row.providerEndpointId),
    fineTunedModel: row.fineTunedModel,
    trainingRows: row.trainingRows,
    createdAt: row.createdAt.toISOString(),
  }));
}
