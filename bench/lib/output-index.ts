import { randomUUID } from "node:crypto";
import { loadavg } from "node:os";
import { createBatchWriter } from "@/lib/db/batch-insert";
import { pool } from "@/lib/db/pool";
import { prisma } from "@/lib/db/prisma";
import { createEndpoint } from "@/lib/endpoints/service";
import { ZEndpointInput } from "@/lib/endpoints/schemas";
import { createRuns } from "@/lib/runs/create";
import { runKind } from "@/lib/runs/kind";
import { formatRate } from "./support";

const ROWS = Number(process.env.BENCH_INDEX_ROWS ?? 100_000);
// As a workers process writes them: 16 chunks at once, each through its own batch writer (25 rows a statement).
const WRITERS = 16;
const INDEX = `"Output_runId_createdAt_idx"`;
const ROUNDS = 2;

/**
 * What the Output(runId, createdAt) index (the reconciler's stall probe) costs the engine's writes: the same rows
 * written through the runs kind's batch insert with and without it, alternating, in this bench's own database (the
 * index is dropped there for the "without" rounds and created again at the end).
 */
export async function benchOutputIndex(seedDataset: (rows: number) => Promise<string>) {
  const datasetId = await seedDataset(ROWS);
  const endpoint = await createEndpoint(
    ZEndpointInput.parse({ name: `bench-${randomUUID().slice(0, 8)}`, baseUrl: "http://127.0.0.1:9/v1", model: "x" }),
    prisma,
  );
  const samples = await prisma.sample.findMany({
    where: { datasetId },
    select: { id: true },
    orderBy: { index: "asc" },
  });
  const rates: Record<"with" | "without", number[]> = { with: [], without: [] };
  try {
    for (let round = 0; round < ROUNDS; round += 1) {
      // Alternating which goes first: the first writes of a round run on a colder cache.
      const order = round % 2 === 0 ? (["without", "with"] as const) : (["with", "without"] as const);
      for (const variant of order) {
        if (variant === "without") await prisma.$executeRawUnsafe(`DROP INDEX IF EXISTS ${INDEX}`);
        else await createIndex();
        rates[variant].push(await writeOutputs(`${variant} the index`, datasetId, endpoint.id, samples));
      }
    }
  } finally {
    await createIndex();
  }
  const best = (values: number[]) => Math.max(...values);
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(" ");
  console.log(
    `Output writes, ${ROWS.toLocaleString("en-US")} rows by ${WRITERS} batch writers, best of ${ROUNDS} (load average ${load}):`,
  );
  const line = (label: string, value: string) => console.log(`  ${label.padEnd(22)} ${value}`);
  line("without the index", `${Math.round(best(rates.without)).toLocaleString("en-US")} rows/s`);
  line("with the index", `${Math.round(best(rates.with)).toLocaleString("en-US")} rows/s`);
  line("index cost", `${Math.round((1 - best(rates.with) / best(rates.without)) * 100)}% of write throughput`);
  await prisma.dataset.delete({ where: { id: datasetId } });
  await prisma.modelEndpoint.delete({ where: { id: endpoint.id } });
}

function createIndex() {
  return prisma.$executeRawUnsafe(`CREATE INDEX IF NOT EXISTS ${INDEX} ON "Output"("runId", "createdAt")`);
}

/** Writes one output per sample for a new run; rows per second. The run and its rows are deleted after. */
async function writeOutputs(
  label: string,
  datasetId: string,
  endpointId: string,
  samples: { id: number }[],
): Promise<number> {
  const { ids } = await createRuns(
    prisma,
    { prefix: "bench-index", enqueueDispatch: async () => {} },
    { datasetId, endpointId, split: "TEST", shots: 0, temperature: 0, seed: 1 },
  );
  const runId = ids[0]!;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, writerIndex) => {
      const writer = createBatchWriter(pool, runKind.insert);
      for (let i = writerIndex; i < samples.length; i += WRITERS) {
        await writer.add({
          runId,
          sampleId: samples[i]!.id,
          rawText: "neoplasms",
          parsedLabel: "neoplasms",
          valid: true,
          correct: i % 2 === 0,
          attempts: 1,
          latencyMs: 12,
          promptTokens: 180,
          completionTokens: 2,
          cost: 0.0002,
        });
      }
      await writer.close();
    }),
  );
  const elapsed = performance.now() - started;
  const written = await prisma.output.count({ where: { runId } });
  if (written !== samples.length) throw new Error(`wrote ${written} of ${samples.length} outputs`);
  console.log(`    ${label}: ${formatRate(written, elapsed)} (${(elapsed / 1000).toFixed(1)} s)`);
  await prisma.run.delete({ where: { id: runId } });
  return (written / elapsed) * 1000;
}
