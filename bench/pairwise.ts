// Pairwise judging: judge calls per second through one workers process against a 0 ms test judge, and the
// Bradley-Terry ratings' cost at completion (10 contestants × 10,000 samples, 1,000 resamples).
// `tsx bench/pairwise.ts [throughput|ratings]...` runs only those cases (default: all).
import { randomUUID } from "node:crypto";
import { prepareBenchDatabase } from "./lib/support";

prepareBenchDatabase("pairwise");
process.env.QUEUE_PREFIX = `evalboard-bench-${randomUUID().slice(0, 8)}`;
const { benchPairwise } = await import("./lib/pairwise");
await benchPairwise(process.argv.slice(2));
process.exit(0);
