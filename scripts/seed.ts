// Seeds the demo workspace (see scripts/seed/seed-demo.ts). Idempotent: running it again creates nothing.
// With OPENAI_API_KEY set it also plans the article's experiment with real models (scripts/seed/openai-plan.ts),
// prints its cost estimate, and spends only with EVALBOARD_DEMO_SPEND=yes.
import { pool } from "@/lib/db/pool";
import { fineTuneJobs } from "@/lib/finetune/kind";
import { prisma } from "@/lib/db/prisma";
import { createJudgingQueue } from "@/lib/judging/queue";
import { getWorkspaceCounts } from "@/lib/overview/queries";
import { createProducer } from "@/lib/queue/producer";
import { createRunQueue } from "@/lib/runs/queue";
import { runOpenAiExperiment } from "./seed/openai-experiment";
import { planOpenAiExperiment } from "./seed/openai-plan";
import { ensureDemoFineTune } from "./seed/ensure-finetune";
import { ensureDemoClassifierRun } from "./seed/ensure-classifier";
import { buildLocalBaseUrl } from "./seed/port";
import { formatSeedSummary, seedDemo } from "./seed/seed-demo";

const started = performance.now();
const producer = createProducer();
try {
  const runQueue = createRunQueue(producer);
  const baseUrl = buildLocalBaseUrl();
  const summary = await seedDemo({ db: prisma, pool, queue: runQueue, baseUrl });
  for (const line of formatSeedSummary(summary)) console.log(line);
  // Issue 17: the demo's fine-tune, run by the workers through the built-in provider once the app is up.
  const fineTune = await ensureDemoFineTune(prisma, fineTuneJobs.createQueue(producer), summary);
  if (fineTune)
    console.log(`finetune ${(fineTune.created ? "queued" : "exists").padEnd(7)} logistic regression on TRAIN`);
  // Issue 17: the article's other path, a logistic regression on the built-in model's embeddings of the abstracts.
  const classifier = await ensureDemoClassifierRun(prisma, runQueue, summary, baseUrl);
  if (classifier) {
    console.log(`model    ${classifier.endpoint.status.padEnd(7)} ${classifier.endpoint.name}`);
    console.log(
      `run      ${(classifier.run.created ? "queued" : "exists").padEnd(7)} embeddings + logistic regression`,
    );
  }
  const plan = planOpenAiExperiment(process.env);
  if (plan) {
    const deps = { db: prisma, runQueue, judgingQueue: createJudgingQueue(producer) };
    const experiment = await runOpenAiExperiment(deps, plan, summary.datasets);
    for (const endpoint of experiment.endpoints) console.log(`model    ${endpoint.status.padEnd(7)} ${endpoint.name}`);
    if (experiment.status === "started") {
      console.log(
        `OpenAI experiment: ${experiment.runs.length} runs and ${experiment.judgings.length} judgings queued`,
      );
    }
    if (experiment.status === "nothing-to-do") console.log("OpenAI experiment: every run and judging exists");
  }
  const counts = await getWorkspaceCounts(prisma);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`workspace: ${counts.datasets} datasets, ${counts.endpoints} models, ${counts.runs} runs (${seconds} s)`);
} finally {
  await producer.close();
  await prisma.$disconnect();
  // The adapter does not own the shared pool; its idle connections would keep the process alive for 10 s.
  await pool.end();
}
