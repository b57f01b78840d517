/**
 * Runs every benchmark in this folder (each `bench/*.ts` except this file), one child process each so that one
 * benchmark's memory and database settings do not colour another's, and prints their figures as they come.
 * `npm run bench` runs them all; `npm run bench -- datasets` runs the ones whose file name contains "datasets", and
 * further words go to them (`npm run bench -- runs api large`: only those cases of bench/runs.ts).
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const here = import.meta.dirname;
const [filter, ...cases] = process.argv.slice(2);
const files = readdirSync(here)
  .filter((file) => file.endsWith(".ts") && file !== "index.ts")
  .filter((file) => filter === undefined || file.includes(filter))
  .sort();

const failed: string[] = [];
for (const file of files) {
  console.log(`\n━━ bench/${file} ━━`);
  const result = spawnSync("tsx", [join(here, file), ...cases], { stdio: "inherit", env: process.env });
  if (result.status !== 0) failed.push(file);
}
console.log(
  failed.length === 0 ? `\n${files.length} benchmark(s) done.` : `\nfailed or missed a target: ${failed.join(", ")}`,
);
process.exitCode = failed.length === 0 ? 0 : 1;
