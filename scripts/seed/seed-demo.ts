import type pg from "pg";
import type { TPrisma } from "@/lib/db/prisma";
import type { TRunEnqueuer } from "@/lib/runs/create";
import { DEMO_PLAN, type TDemoPlan } from "./demo-plan";
import { ensureDataset, type TEnsuredDataset } from "./ensure-dataset";
import { ensureEndpoint, type TEnsuredEndpoint } from "./ensure-endpoint";
import { ensureRun, type TEnsuredRun } from "./ensure-run";

export type TSeedDeps = { db: TPrisma; pool: pg.Pool; queue: TRunEnqueuer; baseUrl: string; dataDir?: string };

export type TSeedSummary = {
  datasets: TEnsuredDataset[];
  endpoints: TEnsuredEndpoint[];
  runs: (TEnsuredRun & { endpoint: string; dataset: string })[];
};

/**
 * The demo workspace: the two demo datasets, one built-in local endpoint per model and one run of each. Every step
 * looks before it writes, so a second seed creates nothing. The runs are only queued here; the workers started
 * with the app dispatch them (the dispatch job, or the reconciler if Redis was unreachable now).
 */
export async function seedDemo(deps: TSeedDeps, plan: TDemoPlan = DEMO_PLAN): Promise<TSeedSummary> {
  const datasets: TEnsuredDataset[] = [];
  for (const spec of plan.datasets) datasets.push(await ensureDataset(deps.db, deps.pool, spec, deps.dataDir));
  const summary: TSeedSummary = { datasets, endpoints: [], runs: [] };
  for (const spec of plan.endpoints) {
    const dataset = datasets.find((candidate) => candidate.key === spec.dataset);
    if (!dataset) throw new Error(`demo endpoint "${spec.name}" names an unknown dataset "${spec.dataset}"`);
    const endpoint = await ensureEndpoint(deps.db, spec, { baseUrl: deps.baseUrl, datasetId: dataset.id });
    summary.endpoints.push(endpoint);
    const run = await ensureRun(deps.db, deps.queue, { datasetId: dataset.id, endpointId: endpoint.id });
    summary.runs.push({ ...run, endpoint: spec.name, dataset: dataset.name });
  }
  return summary;
}

/** A few lines for the terminal. */
export function formatSeedSummary(summary: TSeedSummary): string[] {
  const verb = (created: boolean) => (created ? "created" : "exists");
  return [
    ...summary.datasets.map((d) => `dataset  ${verb(d.created).padEnd(7)} ${d.name} (${d.rowCount} rows)`),
    ...summary.endpoints.map((e) => `model    ${e.status.padEnd(7)} ${e.name}`),
    ...summary.runs.map((r) => `run      ${(r.created ? "queued" : "exists").padEnd(7)} ${r.endpoint} on ${r.dataset}`),
  ];
}
