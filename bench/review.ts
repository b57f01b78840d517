/**
 * Review and re-scoring on a 1,000,000-output run (1,000,000 samples, one run), generated in SQL in its own
 * database (evalboard_bench_review, kept between invocations). Prints: re-scoring the run on a new dataset version
 * (2,000 corrections, 500 exclusions, 3 aliases) as the re-score job does it (one aggregate, stored), checked
 * against an independent count (target ≤ 5 s); the whole job after an accept (the run on versions 1 and 2); and the
 * next item of a review queue over the run's wrong answers, deep in the queue (target ≤ 50 ms); and "my next open
 * item" (seek=open) on a 1,000,000-item queue the reviewer has mostly decided (bench/lib/review-seek.ts, ≤ 50 ms).
 * Run: `npm run bench -- review`; `npm run bench -- review seek` runs only the last.
 */
import { prepareBenchDatabase } from "./lib/support";

// Before any module that loads lib/db/prisma (which reads DATABASE_URL once): hence the dynamic imports below.
prepareBenchDatabase("review");
const { BENCH_LABELS, createGeneratedDataset, insertGeneratedSamples } = await import("./lib/generated-dataset");
const { prisma } = await import("@/lib/db/prisma");
const { ensureFirstVersion, createVersion } = await import("@/lib/versions/create");
const { scoreRunOnVersion } = await import("@/lib/versions/rescore");
const { rescoreDataset } = await import("@/lib/versions/rescore-job");
const { countValidCorrect } = await import("@/lib/versions/figures");
const { createReviewQueue } = await import("@/lib/review/create-queue");
const { recordDecision } = await import("@/lib/review/decide");
const { getReviewItem } = await import("@/lib/review/item");
const { benchSeekOpen } = await import("./lib/review-seek");

const SAMPLES = 1_000_000;
const NAME = `bench-review-${SAMPLES}`;
const LABELS = BENCH_LABELS;
let missed = 0;

async function ensureData(): Promise<{ datasetId: string; runId: string }> {
  const existing = await prisma.dataset.findFirst({ where: { name: NAME }, include: { runs: true } });
  const run = existing?.runs[0];
  if (existing && run && (await prisma.output.count({ where: { runId: run.id } })) === SAMPLES) {
    console.log(`reusing ${SAMPLES.toLocaleString("en-US")} generated outputs`);
    return { datasetId: existing.id, runId: run.id };
  }
  if (existing) await prisma.dataset.delete({ where: { id: existing.id } });
  const started = performance.now();
  const dataset = await createGeneratedDataset({ name: NAME, labels: LABELS, test: SAMPLES });
  await insertGeneratedSamples(dataset.id, { test: SAMPLES, labels: LABELS, md5Repeats: 1 });
  const endpoint = await prisma.modelEndpoint.create({
    data: { name: `${NAME}-${dataset.id.slice(-6)}`, baseUrl: "http://127.0.0.1:9/v1", model: "m" },
  });
  const created = await prisma.run.create({
    data: {
      datasetId: dataset.id,
      endpointId: endpoint.id,
      task: "CLASSIFICATION",
      status: "COMPLETED",
      promptTemplate: "{{labels}}\n{{input}}",
      total: SAMPLES,
      lastIndex: SAMPLES - 1,
    },
  });
  // 70% right, 5% invalid (a few spellings), 1% errors.
  await prisma.$executeRaw`
    INSERT INTO "Output" ("runId", "sampleId", "rawText", "parsedLabel", valid, correct, "errorKind", attempts)
    SELECT ${created.id}::uuid, s.id,
           CASE WHEN u.x < 0.01 THEN NULL WHEN u.x < 0.06 THEN (ARRAY['Cancer', 'heart', 'I cannot tell.'])[1 + s.index % 3]
                ELSE u.label END,
           CASE WHEN u.x < 0.06 THEN NULL ELSE u.label END,
           CASE WHEN u.x < 0.01 THEN NULL ELSE u.x >= 0.06 END,
           CASE WHEN u.x < 0.01 THEN NULL WHEN u.x < 0.06 THEN false ELSE u.label = s.expected END,
           CASE WHEN u.x < 0.01 THEN 'timeout' END, 1
    FROM "Sample" s CROSS JOIN LATERAL (
      SELECT x, CASE WHEN random() < 0.7 THEN s.expected ELSE (${LABELS}::text[])[1 + (s.index + 1) % 5] END AS label
      FROM (SELECT random() + 0 * s.id AS x) v) u
    WHERE s."datasetId" = ${dataset.id}::uuid ORDER BY s.id`;
  await prisma.$executeRawUnsafe(`VACUUM (ANALYZE) "Output"`);
  await prisma.$executeRawUnsafe(`VACUUM (ANALYZE) "Sample"`);
  console.log(
    `generated ${SAMPLES.toLocaleString("en-US")} outputs in ${((performance.now() - started) / 1000).toFixed(1)} s (setup)`,
  );
  return { datasetId: dataset.id, runId: created.id };
}

async function measure(label: string, target: number, times: number, run: () => Promise<unknown>) {
  await run();
  const ms: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const started = performance.now();
    await run();
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  const median = ms[Math.floor(times / 2)]!;
  const ok = median <= target;
  if (!ok) missed += 1;
  console.log(
    `  ${label.padEnd(58)} median ${median.toFixed(1).padStart(7)} ms  max ${ms.at(-1)!.toFixed(1).padStart(7)} ms  (target ≤ ${target} ms${ok ? "" : ", MISSED"})`,
  );
}

const { datasetId, runId } = await ensureData();
if (process.argv.includes("seek")) {
  if (!(await benchSeekOpen(runId, measure))) missed += 1;
  await prisma.$disconnect();
  process.exit(missed === 0 ? 0 : 1);
}
const v1 = await ensureFirstVersion(prisma, datasetId);
const samples = await prisma.sample.findMany({
  where: { datasetId },
  select: { id: true, expected: true },
  orderBy: { index: "asc" },
  take: 2_500,
});
const relabel = new Map(samples.slice(0, 2_000).map((s) => [s.id, s.expected === "general" ? "nervous" : "general"]));
const exclude = new Set(samples.slice(2_000).map((s) => s.id));
const aliases = new Map([
  ["cancer", "neoplasms"],
  ["heart", "cardiology"],
  ["i cannot tell.", "general"],
]);
const creating = performance.now();
const version = await prisma.$transaction(
  (tx) => createVersion(tx, { datasetId, parentId: v1, change: { relabel, exclude, aliases }, labels: LABELS }),
  { timeout: 120_000 },
);
console.log(
  `  version ${version.number} created in ${(performance.now() - creating).toFixed(0)} ms (content hash included; not a target)`,
);

// The job as the workers run it after an accept: every missing (run, version) score of the dataset, stored.
await prisma.runVersionScore.deleteMany({ where: { runId } });
const jobStarted = performance.now();
const job = await rescoreDataset(prisma, datasetId);
const jobMs = performance.now() - jobStarted;
const perScore = jobMs / Math.max(1, job.stored);
if (perScore > 5_000) missed += 1;
console.log(
  `  re-score job after the accept: ${job.stored} scores (the run on versions 1 and ${version.number}) in ${jobMs.toFixed(0)} ms, ${perScore.toFixed(0)} ms a score (target ≤ 5000 ms a score${perScore > 5_000 ? ", MISSED" : ""})`,
);
let score = await scoreRunOnVersion(prisma, runId, version.id);
await measure("re-score 1,000,000 outputs on the new version (aggregate + store)", 5_000, 3, async () => {
  score = await scoreRunOnVersion(prisma, runId, version.id);
});
// Exact: the same figures counted another way (correlated lookups instead of joins).
const [check] = await prisma.$queryRaw<{ valid: number; correct: number; excluded: number }[]>`
  SELECT count(*) FILTER (WHERE o.valid AND NOT x.excluded)::int AS valid,
         count(*) FILTER (WHERE o.valid AND NOT x.excluded AND o."parsedLabel" = x.expected)::int AS correct,
         count(*) FILTER (WHERE x.excluded)::int AS excluded
  FROM "Output" o CROSS JOIN LATERAL (
    SELECT coalesce((SELECT excluded FROM "SampleOverride" WHERE "versionId" = ${version.id}::uuid AND "sampleId" = o."sampleId"), false) AS excluded,
           coalesce((SELECT expected FROM "SampleOverride" WHERE "versionId" = ${version.id}::uuid AND "sampleId" = o."sampleId"),
                    (SELECT expected FROM "Sample" WHERE id = o."sampleId")) AS expected) x
  WHERE o."runId" = ${runId}::uuid`;
const counted = countValidCorrect(score.cells);
const exact = check?.valid === counted.valid && check.correct === counted.correct && check.excluded === score.excluded;
if (!exact) missed += 1;
console.log(
  `  re-scored: ${counted.correct.toLocaleString("en-US")} correct / ${counted.valid.toLocaleString("en-US")} valid, ${score.excluded} excluded: ${exact ? "exact (matches an independent count)" : "MISMATCH"}`,
);

const queueStarted = performance.now();
const queue = await createReviewQueue(prisma, { source: "run", runId, view: "wrong", reviewsPerItem: 1 }, "bench");
console.log(
  `  review queue of ${queue.itemCount.toLocaleString("en-US")} wrong answers created in ${(performance.now() - queueStarted).toFixed(0)} ms (not a target)`,
);
const items = await prisma.reviewItem.findMany({
  where: { queueId: queue.id },
  orderBy: { position: "asc" },
  take: 200,
});
for (const item of items)
  await recordDecision(prisma, queue.id, "bench", { sampleId: item.sampleId, kind: "CONFIRM", newLabel: false });
let position = Math.floor(queue.itemCount / 2);
await measure("next item of the queue, deep inside it (200 decisions so far)", 50, 15, async () => {
  position += 1;
  await getReviewItem(prisma, queue.id, position, "bench");
});
await prisma.reviewQueue.delete({ where: { id: queue.id } });
await prisma.datasetVersion.delete({ where: { id: version.id } });
if (!(await benchSeekOpen(runId, measure))) missed += 1;
await prisma.$disconnect();
process.exitCode = missed === 0 ? 0 : 1;
