/**
 * Dataset ingest benchmark: a 1,000,000-row CSV (~185 MB) uploaded over HTTP to the real `POST /api/datasets` route
 * handler, served by a plain Node HTTP server in this process, into the `evalboard_bench` database. Prints rows/s end
 * to end, the process's peak RSS, and how long the dataset page's queries take on the result.
 * Run: `npm run bench` (all benchmarks) or `tsx bench/datasets.ts`.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { readCpuSeconds, watchCopyBackend } from "./datasets/cpu";
import { ensureBenchCsv } from "./datasets/generate-csv";
import { serveRoute } from "./datasets/serve-route";
import { uploadOverHttp } from "./datasets/upload-over-http";

const ROWS = Number(process.env.BENCH_DATASET_ROWS ?? 1_000_000);
const TARGET_ROWS_PER_SECOND = 50_000;
const TARGET_PEAK_RSS_MB = 512;
const base = process.env.BENCH_DATABASE_BASE_URL ?? "postgresql://postgres@127.0.0.1:5432";
const databaseUrl = `${base}/evalboard_bench`;
// lib/env reads the environment when first imported, so the bench database is set before any lib module loads.
process.env.DATABASE_URL = databaseUrl;

const { migrateDatabase } = await import("../test/migrate");
const { POST } = await import("../app/api/datasets/route");
const { findDataset } = await import("../lib/datasets/queries");
const { findSamples, ZSampleQuery } = await import("../lib/datasets/samples");
const { deleteDataset } = await import("../lib/datasets/delete");
const { prisma } = await import("../lib/db/prisma");
const { pool } = await import("../lib/db/pool");
const { createTestAccount } = await import("../test/accounts");

const mb = (bytes: number) => bytes / 1024 / 1024;
const line = (label: string, value: string) => console.log(`  ${label.padEnd(44)} ${value}`);

async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  line(label, `${(performance.now() - started).toFixed(0)} ms`);
  return result;
}

/** The kernel's high-water mark of this process's resident memory (VmHWM): no sampling gaps. */
function readPeakRss(): number {
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"))?.[1] ?? Number.NaN);
  return kb * 1024;
}

migrateDatabase(databaseUrl);
mkdirSync("/tmp/evalboard-bench", { recursive: true });
const csvPath = `/tmp/evalboard-bench/medical-${ROWS}.csv`;
const csv = await ensureBenchCsv(csvPath, ROWS);
console.log(`\ndatasets: ${ROWS.toLocaleString("en-US")} rows, ${mb(csv.bytes).toFixed(0)} MB CSV (${csvPath})`);

// The upload route checks its caller itself (it streams, so proxy.ts leaves it out): a real analyst's API token.
const analyst = await createTestAccount("analyst");
const server = await serveRoute(POST);
const rssBefore = process.memoryUsage.rss();
const loadBefore = loadavg()[0] ?? 0;
const cpuBefore = readCpuSeconds(process.pid);
const backend = watchCopyBackend(databaseUrl);
const upload = await uploadOverHttp(
  `${server.url}/api/datasets`,
  { name: `bench ${new Date().toISOString()}`, task: "CLASSIFICATION", testFraction: "0.2", seed: "42" },
  csvPath,
  { authorization: `Bearer ${analyst.token}` },
);
const peakRss = readPeakRss();
const nodeCpu = readCpuSeconds(process.pid) - cpuBefore;
const postgresCpu = await backend.stop();
await server.close();
if (upload.status !== 201) throw new Error(`upload failed with ${upload.status}: ${upload.body}`);
const created = JSON.parse(upload.body) as { id: string; rowCount: number; trainCount: number; testCount: number };
const rowsPerSecond = created.rowCount / upload.seconds;

console.log("\n  upload over HTTP → parse → COPY → split → commit");
line("rows", `${created.rowCount.toLocaleString("en-US")} (train ${created.trainCount}, test ${created.testCount})`);
line("time", `${upload.seconds.toFixed(1)} s`);
line(
  "throughput",
  `${Math.round(rowsPerSecond).toLocaleString("en-US")} rows/s, ${(mb(csv.bytes) / upload.seconds).toFixed(1)} MB/s`,
);
line("CPU: this process (server and client)", `${nodeCpu.toFixed(1)} s`);
line("CPU: the Postgres backend running the COPY", postgresCpu === null ? "not seen" : `${postgresCpu.toFixed(1)} s`);
line(
  "load average (1 min), before / after",
  `${loadBefore.toFixed(1)} / ${(loadavg()[0] ?? 0).toFixed(1)} on ${availableParallelism()} cores`,
);
line(
  "peak RSS (server and client, one process)",
  `${mb(peakRss).toFixed(0)} MB (${mb(rssBefore).toFixed(0)} MB before the upload)`,
);

console.log("\n  dataset page queries on the new dataset");
const firstPage = ZSampleQuery.parse({});
await timed("dataset row + label counts per split", () => findDataset(created.id));
await timed("sample browser: first page", () => findSamples(created.id, firstPage));
await timed("sample browser: page after index 900,000", () =>
  findSamples(created.id, { ...firstPage, cursor: 900_000 }),
);
await timed("sample browser: split=TEST, label filter", () =>
  findSamples(created.id, { ...firstPage, split: "TEST", label: "neoplasms" }),
);
await timed("sample browser: search, common word", () => findSamples(created.id, { ...firstPage, q: "patients" }));
await timed("sample browser: search, no match (full pass)", () =>
  findSamples(created.id, { ...firstPage, q: "no such words here" }),
);
await timed("delete the dataset (cascade)", () => deleteDataset(created.id));

const ok = rowsPerSecond >= TARGET_ROWS_PER_SECOND && mb(peakRss) < TARGET_PEAK_RSS_MB;
console.log(
  `\n  targets: ≥ ${TARGET_ROWS_PER_SECOND.toLocaleString("en-US")} rows/s and < ${TARGET_PEAK_RSS_MB} MB RSS: ${ok ? "met" : "NOT MET"}\n`,
);
await prisma.$disconnect();
await pool.end();
process.exitCode = ok ? 0 : 1;
