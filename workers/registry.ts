import { fineTuneJobs } from "@/lib/finetune/kind";
import { judgingJobs } from "@/lib/judging/kind";
import type { TJobEngine } from "@/lib/jobs/engine";
import { pairwiseJobs } from "@/lib/pairwise/kind";
import { runJobs } from "@/lib/runs/kind";
import type { TProcessorDefinition } from "./context";
import { jobKindProcessors } from "./processors/job-kind";
import { processSystemJob } from "./processors/system-ping";
import { processVersionRescore } from "./processors/version-rescore";

/** Every job kind this workers process runs and reconciles (lib/jobs: one engine, one definition per kind). */
export const jobKinds: readonly TJobEngine[] = [runJobs, judgingJobs, pairwiseJobs, fineTuneJobs];

/** Every queue this workers process consumes, with its processor. Processors stay thin: parse, call lib/, return. */
export const processorRegistry: readonly TProcessorDefinition[] = [
  { queue: "system", concurrency: 4, process: processSystemJob },
  { queue: "versionRescore", concurrency: 1, process: processVersionRescore },
  ...jobKinds.flatMap(jobKindProcessors),
];
