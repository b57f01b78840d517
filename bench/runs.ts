// Run engine throughput (one workers process against the test LLM server) and the cost of enqueueing a huge run.
// `tsx bench/runs.ts [fast|latency|enqueue]...` runs only those cases (default: all three).
import { prepareBenchDatabase } from "./lib/support";

// Before any lib/ module loads (they read the environment once), so they all use the bench database.
prepareBenchDatabase();
const { benchRuns } = await import("./lib/runs");
await benchRuns(process.argv.slice(2));
process.exit(0);
