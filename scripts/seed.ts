// Seeds the demo workspace (see scripts/seed/seed-demo.ts). Idempotent: running it again creates nothing.
import { pool } from "@/lib/db/pool";
import { prisma } from "@/lib/db/prisma";
import { getWorkspaceCounts } from "@/lib/overview/queries";
import { createProducer } from "@/lib/queue/producer";
import { createRunQueue } from "@/lib/runs/queue";
import { buildLocalBaseUrl } from "./seed/port";
import { formatSeedSummary, seedDemo } from "./seed/seed-demo";

const started = performance.now();
const producer = createProducer();
try {
  const summary = await seedDemo({ db: prisma, pool, queue: createRunQueue(producer), baseUrl: buildLocalBaseUrl() });
  for (const line of formatSeedSummary(summary)) console.log(line);
  const counts = await getWorkspaceCounts(prisma);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`workspace: ${counts.datasets} datasets, ${counts.endpoints} models, ${counts.runs} runs (${seconds} s)`);
} finally {
  await producer.close();
  await prisma.$disconnect();
  // The adapter does not own the shared pool; its idle connections would keep the process alive for 10 s.
  await pool.end();
}
