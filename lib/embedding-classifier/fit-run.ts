import { watchClient } from "@/lib/db/watch-client";
import type { TJobDeps } from "@/lib/jobs/deps";
import { failJob } from "@/lib/jobs/finalize";
import type { TEndpointForCall } from "@/lib/jobs/model-call";
import { EMBEDDING_BATCH, type TEmbedding } from "@/lib/llm/call-embeddings";
import { keptByVersion } from "@/lib/versions/kept-samples";
import { ClassifierFitCancelled, createFitReporter, type TFitReporter } from "./fit-progress";
import { deleteFitProgress, writeFitProgress } from "./fit-progress-store";
import { loadClassifier, trainClassifier, ZClassifierModel, type TClassifier } from "./model";

/** Session advisory lock namespace of classifier fits (the second key is hashtext(run id)). */
const FIT_LOCK = 823171;
/** TRAIN requests in flight at once for one fit (the endpoint's limiter bounds them further). */
const FIT_CONCURRENCY = 4;

// What failJob needs of the run kind (importing the kind here would be a cycle: the kind loads this module).
const RUN_TABLES = { name: "run", insert: { table: "Output", conflict: ["runId", "sampleId"] } };

export type TClassifierRun = { id: string; datasetId: string; versionId: string | null; generation: number };

/** Raised after the run was failed for good (a bad key, an unknown model): the chunk stops, nothing is retried. */
export class ClassifierFitStopped extends Error {}

const fitting = new Map<string, Promise<TClassifier>>();

/**
 * The run's classifier: read from RunClassifier, or fitted now on TRAIN's embeddings and stored. One fit per run:
 * within a process the chunks share one promise, across processes a session advisory lock makes the others wait
 * and then read the stored model. A workers restart mid-fit loses the fit only: the TRAIN embeddings already fetched
 * are in the response cache, so fitting again pays for nothing twice. The fit records its progress as it goes and
 * stops at its next step once the run is cancelled (fit-progress.ts): nothing is stored, a resume fits again.
 */
export function ensureRunClassifier(
  deps: TJobDeps,
  run: TClassifierRun,
  endpoint: TEndpointForCall,
  relabelled: ReadonlyMap<number, string>,
): Promise<TClassifier> {
  // By generation: after a cancel and a resume, the new generation's chunks must not wait on the cancelled fit.
  const key = `${run.id}:${run.generation}`;
  const found = fitting.get(key);
  if (found) return found;
  const promise = readOrFit(deps, run, endpoint, relabelled).finally(() => fitting.delete(key));
  fitting.set(key, promise);
  return promise;
}

async function readStored(deps: TJobDeps, runId: string): Promise<TClassifier | null> {
  const stored = await deps.db.runClassifier.findUnique({ where: { runId }, select: { model: true } });
  return stored ? loadClassifier(ZClassifierModel.parse(stored.model)) : null;
}

async function readOrFit(
  deps: TJobDeps,
  run: TClassifierRun,
  endpoint: TEndpointForCall,
  relabelled: ReadonlyMap<number, string>,
): Promise<TClassifier> {
  const stored = await readStored(deps, run.id);
  if (stored) return stored;
  const client = await deps.pool.connect();
  // Checked out for the whole fit (seconds of embedding calls): a cut connection must not crash the workers.
  const watched = watchClient(client, `classifier fit of run ${run.id}`);
  let broken: Error | undefined;
  try {
    await client.query("SELECT pg_advisory_lock($1, hashtext($2))", [FIT_LOCK, run.id]);
    const again = await readStored(deps, run.id);
    if (again) return again;
    return await fitAndStore(deps, run, endpoint, relabelled);
  } catch (error) {
    broken = error instanceof Error ? error : new Error(String(error));
    // A fit that will not go on takes its progress with it, still under the lock (no other fit of the run can have
    // written its own yet). A transient failure keeps it: the chunk's retry fits again and overwrites it.
    if (isStopped(error)) await deleteFitProgress(deps.db, run.id);
    throw error;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1, hashtext($2))", [FIT_LOCK, run.id]).catch(() => undefined);
    // A connection that failed mid-query is not given back to the pool (its session may still hold the lock).
    watched.release(broken !== undefined && !isStopped(broken));
  }
}

/** The run was failed for good or cancelled during the fit: the fit is over, and its connection is sound. */
const isStopped = (error: unknown) => error instanceof ClassifierFitStopped || error instanceof ClassifierFitCancelled;

async function fitAndStore(
  deps: TJobDeps,
  run: TClassifierRun,
  endpoint: TEndpointForCall,
  relabelled: ReadonlyMap<number, string>,
): Promise<TClassifier> {
  // TRAIN as the run's dataset version has it: its exclusions left out (its corrections come in `relabelled`).
  const samples = await deps.db.$queryRaw<{ id: number; input: string; expected: string }[]>`
    SELECT s.id, s.input, s.expected FROM "Sample" s
    WHERE s."datasetId" = ${run.datasetId}::uuid AND s.split = 'TRAIN' ${keptByVersion(run.versionId)}
    ORDER BY s.index`;
  const reporter = createFitReporter((progress) => writeFitProgress(deps.db, run, progress));
  const embedded = await embedAll(
    deps,
    run,
    endpoint,
    samples.map((sample) => sample.input),
    reporter,
  );
  const labels = samples.map((sample) => relabelled.get(sample.id) ?? sample.expected);
  // The last step (the final fit done) was written while the run was still running: the fit is stored.
  const trained = await trainClassifier(
    embedded.embeddings.map((embedding) => embedding.vector),
    labels,
    { step: reporter.step },
  );
  const sum = (values: (number | null)[]) =>
    values.some((value) => value === null) ? null : values.reduce<number>((a, b) => a + b!, 0);
  await deps.db.runClassifier.createMany({
    data: [
      {
        runId: run.id,
        trainRows: samples.length,
        dimensions: embedded.embeddings[0]!.vector.length,
        folds: trained.folds,
        l2: trained.l2,
        candidates: trained.candidates,
        model: trained.model,
        promptTokens: sum(embedded.embeddings.map((e) => e.promptTokens)),
        cost: sum(embedded.embeddings.map((e) => e.cost)),
        cachedTexts: embedded.embeddings.filter((e) => e.cached).length,
        embedMs: embedded.ms,
        fitMs: trained.fitMs,
      },
    ],
    skipDuplicates: true,
  });
  // After the fit is stored (the run page shows a stored fit over any progress row left by a crash just here).
  await deleteFitProgress(deps.db, run.id);
  return loadClassifier(trained.model);
}

/** TRAIN's embeddings, EMBEDDING_BATCH texts a request, a few requests at once; a failure that would repeat stops the run. */
async function embedAll(
  deps: TJobDeps,
  run: TClassifierRun,
  endpoint: TEndpointForCall,
  texts: string[],
  reporter: TFitReporter,
): Promise<{ embeddings: TEmbedding[]; ms: number }> {
  if (!deps.embed) throw new Error("this workers process has no embeddings caller");
  const embed = deps.embed;
  if (texts.length === 0) {
    const message = "The dataset has no TRAIN rows to fit the embedding classifier on.";
    await failJob(deps.db, RUN_TABLES, run.id, message);
    throw new ClassifierFitStopped(message);
  }
  const started = performance.now();
  const groups: string[][] = [];
  for (let start = 0; start < texts.length; start += EMBEDDING_BATCH)
    groups.push(texts.slice(start, start + EMBEDDING_BATCH));
  const results: TEmbedding[][] = new Array(groups.length);
  let next = 0;
  let embedded = 0;
  await reporter.step({ stage: "EMBEDDING", done: 0, total: texts.length });
  // The first worker to fail stops the others: none of them may outlive the fit (and its lock), sending requests a
  // retry of the chunk would pay for again or writing progress after the fit gave up.
  let failed = false;
  const worker = async () => {
    // A cancel found by another worker's step: the requests not yet sent are not paid for.
    while (next < groups.length && !reporter.signal.aborted && !failed) {
      const index = next++;
      const result = await embed({ endpoint, texts: groups[index]! });
      if (!result.ok) {
        const message = `Embedding TRAIN failed: ${result.error.message}`;
        // Retrying cannot help a bad key, an unknown model or a refused request: fail the run with the reason.
        if (!isRetryable(result.error.kind) || result.error.permanent) {
          await failJob(deps.db, RUN_TABLES, run.id, message);
          throw new ClassifierFitStopped(message);
        }
        throw new Error(message);
      }
      results[index] = result.embeddings;
      embedded += result.embeddings.length;
      await reporter.step({ stage: "EMBEDDING", done: embedded, total: texts.length });
    }
  };
  const settled = await Promise.allSettled(
    Array.from({ length: Math.min(FIT_CONCURRENCY, groups.length) }, () =>
      worker().catch((error: unknown) => {
        failed = true;
        throw error;
      }),
    ),
  );
  const rejected = settled.find((outcome) => outcome.status === "rejected");
  if (rejected) throw rejected.reason;
  return { embeddings: results.flat(), ms: Math.round(performance.now() - started) };
}

function isRetryable(kind: string): boolean {
  return kind === "rate_limited" || kind === "server" || kind === "timeout" || kind === "connection";
}
