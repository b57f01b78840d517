// Run engine throughput, start-up and memory (one workers process against the test LLM server), the cost of
// dispatching a huge run, and what the Output(runId, createdAt) index costs the engine's writes.
// `tsx bench/runs.ts [api|large|latency|enqueue|index]...` runs only those cases (default: all).
import { randomUUID } from "node:crypto";
import { prepareBenchDatabase } from "./lib/support";

// Before any lib/ module loads (they read the environment once), so they all use the bench database (its own: a
// 100,000-sample run is measured on tables that other benchmarks did not bloat), and the app's
// route handlers (in this process) and the workers (its children) share one queue namespace of their own.
prepareBenchDatabase("runs");
process.env.QUEUE_PREFIX = `evalboard-bench-${randomUUID().slice(0, 8)}`;
const { benchRuns } = await import("./lib/runs");
await benchRuns(process.argv.slice(2));
process.exit(0);
