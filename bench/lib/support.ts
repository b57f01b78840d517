import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { migrateDatabase } from "@/test/migrate";

export const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
const benchDatabaseBase = process.env.BENCH_DATABASE_BASE_URL ?? "postgresql://postgres@127.0.0.1:5432";
export const benchDatabaseUrl = `${benchDatabaseBase}/evalboard_bench`;

/**
 * Creates and migrates a bench database (evalboard_bench, or evalboard_bench_<name>); points this process's env at
 * it before lib/ modules load. A benchmark that keeps its data between runs gets its own database, so the space
 * other benchmarks' deleted million-row datasets leave behind (until a VACUUM FULL) does not slow its scans.
 */
export function prepareBenchDatabase(name?: string): void {
  // BENCH_DATABASE_SUFFIX keeps a branch with new migrations off the bench databases others use on the same server.
  const suffix = process.env.BENCH_DATABASE_SUFFIX ?? "";
  const url = name ? `${benchDatabaseBase}/evalboard_bench_${name}${suffix}` : `${benchDatabaseUrl}${suffix}`;
  migrateDatabase(url);
  process.env.DATABASE_URL = url;
  // The test LLM server listens on 127.0.0.1, which lib/net refuses unless allowed (the workers inherit this).
  process.env.EVALBOARD_ALLOWED_HOSTS = "127.0.0.1";
}

/** Bundles the workers exactly as `npm run build` does, so the bench measures the production artifact. */
export function bundleWorkers(outfile: string): void {
  execFileSync(
    "esbuild",
    [
      "workers/index.ts",
      "--bundle",
      "--platform=node",
      "--target=node24",
      "--format=esm",
      "--packages=external",
      "--sourcemap",
      "--log-level=warning",
      `--outfile=${outfile}`,
    ],
    { cwd: projectRoot, stdio: "inherit" },
  );
}

/** The Node flags every workers process runs with (scripts/workers-node-flags), so the bench measures those. */
export function workersNodeFlags(): string[] {
  return readFileSync(`${projectRoot}scripts/workers-node-flags`, "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}

/** Peak resident set size of a process (VmHWM), in MB. */
export function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

/**
 * CPU time (user + system) a process has used so far, in ms, from /proc (clock ticks of 10 ms). Unlike throughput it
 * does not depend on how busy the other engineers keep the shared cores.
 */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name (which may hold spaces, hence the last ")"): utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** CPU time the whole machine spent busy (every process: workers, Postgres, Redis, this one), in ms, from /proc/stat. */
export function machineBusyMs(): number {
  const cpu = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
  // user nice system idle iowait irq softirq steal, in 10 ms ticks: busy is all but idle and iowait.
  return cpu.reduce((sum, ticks, index) => (index === 3 || index === 4 ? sum : sum + ticks), 0) * 10;
}

export function formatRate(count: number, ms: number): string {
  return `${Math.round((count / ms) * 1000).toLocaleString("en-US")}/s`;
}
