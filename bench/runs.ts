// Run engine throughput (one workers process against the test LLM server) and the cost of enqueueing a huge run.
import { prepareBenchDatabase } from "./lib/support";

// Before any lib/ module loads (they read the environment once), so they all use the bench database.
prepareBenchDatabase();
const { benchRuns } = await import("./lib/runs");
await benchRuns();
process.exit(0);
