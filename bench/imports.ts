/**
 * The importers' reading speed and memory, without the database: a Parquet file (hyparquet), an OpenAI Evals JSONL
 * file and a promptfoo YAML file, generated here, each read row by row through openDataset as the upload reads them.
 * Prints rows per second and the process's peak resident memory above its start.
 */
import { Readable } from "node:stream";
import { openDataset } from "@/lib/datasets/parse";
import { evalsJsonl, parquetFile, promptfooYaml } from "@/test/import-files";
import { formatRate } from "./lib/support";

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 200_000);
const YAML_ROWS = Math.min(ROWS, 20_000);
const question = (i: number) =>
  `Patient ${i} reports chest pain radiating to the left arm after exercise; what is the likely cause?`;
const answer = (i: number) => `Angina pectoris (case ${i}): reduced blood flow to the heart muscle.`;

async function measure(label: string, fileName: string, bytes: Uint8Array): Promise<void> {
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const started = performance.now();
  const dataset = await openDataset(Readable.from([Buffer.from(bytes)]), { fileName, maxBytes: 1024 * 1024 * 1024 });
  let rows = 0;
  for await (const row of dataset.rows) {
    rows += row.values.input === undefined && row.values.question === undefined ? 0 : 1;
    if (rows % 10_000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  const ms = performance.now() - started;
  const mb = (bytes.byteLength / 1e6).toFixed(1);
  console.log(
    `${label.padEnd(22)} ${rows} rows, ${mb} MB: ${formatRate(rows, ms)}, peak RSS +${Math.round((peak - rssBefore) / 1e6)} MB`,
  );
}

const indexes = Array.from({ length: ROWS }, (_, i) => i);
await measure(
  "Parquet (hyparquet)",
  "bench.parquet",
  parquetFile([
    { name: "question", data: indexes.map(question), type: "STRING" },
    { name: "answer", data: indexes.map(answer), type: "STRING" },
    { name: "difficulty", data: indexes.map((i) => i % 5), type: "INT32" },
  ]),
);
const evals = evalsJsonl(
  indexes.map((i) => ({
    input: [
      { role: "system", content: "Be brief." },
      { role: "user", content: question(i) },
    ],
    ideal: answer(i),
  })),
);
await measure("OpenAI Evals JSONL", "bench.jsonl", new TextEncoder().encode(evals));
const tests = indexes
  .slice(0, YAML_ROWS)
  .map((i) => ({ vars: { question: question(i) }, assert: [{ type: "equals", value: answer(i) }] }));
await measure("promptfoo YAML", "bench.yaml", new TextEncoder().encode(promptfooYaml(tests)));
