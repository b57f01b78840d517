import { setTimeout as delay } from "node:timers/promises";
import { ZCreateRunsInput } from "@/lib/runs/schemas";
import type { TClient } from "./client";
import { CliError, EXIT } from "./errors";
import { formatPercent, formatProgressBar, formatTable } from "./format";
import { resolveDataset, resolveEndpoint } from "./resolve";
import { RUN_FINISHED, ZCreatedRuns, ZRunView, type TRunView } from "./schemas";

type TOut = NodeJS.WritableStream & { isTTY?: boolean };

export type TCreateArgs = {
  dataset: string;
  endpoints: string[];
  shots?: string;
  split?: string;
  limit?: string;
  wait: boolean;
  json: boolean;
  /** Poll interval while waiting. */
  pollMs?: number;
};

function readInteger(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new CliError(`--${name} must be a whole number, got "${value}".`);
  return Number(value);
}

/** `evalboard runs create`: one run per --endpoint; the body is checked with POST /api/runs' own schema first. */
export async function createRuns(client: TClient, args: TCreateArgs, out: TOut, err: TOut) {
  if (args.endpoints.length === 0) throw new CliError("Name at least one model with --endpoint.");
  const body = ZCreateRunsInput.safeParse({
    datasetId: await resolveDataset(client, args.dataset),
    endpointIds: await Promise.all(args.endpoints.map((endpoint) => resolveEndpoint(client, endpoint))),
    shots: readInteger("shots", args.shots),
    limit: readInteger("limit", args.limit),
    split: args.split?.toUpperCase(),
  });
  if (!body.success) {
    const issue = body.error.issues[0];
    throw new CliError(`--${String(issue?.path[0] ?? "option")}: ${issue?.message}`);
  }
  const { ids } = await client.post("/api/runs", body.data, ZCreatedRuns);
  if (!args.wait) {
    out.write(args.json ? `${JSON.stringify({ ids })}\n` : `${ids.join("\n")}\n`);
    return EXIT.ok;
  }
  const runs: TRunView[] = [];
  for (const id of ids) runs.push(await waitForRun(client, id, err, args.pollMs ?? 1000));
  out.write(
    args.json ? `${JSON.stringify(runs.length === 1 ? runs[0] : runs)}\n` : `${runs.map(describeRun).join("\n\n")}\n`,
  );
  return runs.every((run) => run.status === "COMPLETED") ? EXIT.ok : EXIT.failed;
}

/**
 * Polls the run until it finishes. On a terminal the bar is redrawn in place on stderr; in a CI log (not a TTY) a
 * plain line is written each time another tenth of the samples is done, so logs stay short.
 */
async function waitForRun(client: TClient, id: string, err: TOut, pollMs: number): Promise<TRunView> {
  let lastTenth = -1;
  for (;;) {
    const run = await client.get(`/api/runs/${id}`, ZRunView);
    const { done, total, errors } = run.progress;
    const finished = (RUN_FINISHED as readonly string[]).includes(run.status);
    const line = `${run.endpoint.name} ${formatProgressBar(done, total)}${errors ? ` · ${errors} errors` : ""} ${run.status.toLowerCase()}`;
    if (err.isTTY) {
      err.write(`\r\x1b[2K${line}${finished ? "\n" : ""}`);
    } else {
      const tenth = total > 0 ? Math.floor((done / total) * 10) : 0;
      if (tenth !== lastTenth || finished) err.write(`run ${id}: ${done}/${total} ${run.status.toLowerCase()}\n`);
      lastTenth = tenth;
    }
    if (finished) return run;
    await delay(pollMs);
  }
}

export function describeRun(run: TRunView): string {
  const rows = [
    ["Run", run.id],
    ["Status", run.status.toLowerCase() + (run.errorMessage ? ` (${run.errorMessage})` : "")],
    ["Model", `${run.endpoint.name} (${run.endpoint.model})`],
    ["Dataset", `${run.dataset.name}, ${run.settings.split.toLowerCase()} split, ${run.settings.shots}-shot`],
    ["Progress", `${run.progress.done}/${run.progress.total} answered, ${run.progress.errors} errors`],
  ];
  if (run.metrics) {
    const interval = (value: { estimate: number | null; low: number | null; high: number | null }) =>
      `${formatPercent(value.estimate)} (95% CI ${formatPercent(value.low)}–${formatPercent(value.high)})`;
    rows.push(["Accuracy", interval(run.metrics.accuracy)], ["Valid accuracy", interval(run.metrics.validAccuracy)]);
    rows.push(["Macro-F1", run.metrics.macroF1.estimate === null ? "—" : run.metrics.macroF1.estimate.toFixed(3)]);
  }
  return formatTable(rows);
}

/** `evalboard runs show ID`. */
export async function showRun(client: TClient, id: string, json: boolean, out: TOut) {
  const run = await client.get(`/api/runs/${encodeURIComponent(id)}`, ZRunView);
  out.write(json ? `${JSON.stringify(run)}\n` : `${describeRun(run)}\n`);
  return EXIT.ok;
}
