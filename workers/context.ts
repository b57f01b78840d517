import type { Job } from "bullmq";
import type { TPrisma } from "@/lib/db/prisma";
import type { TQueueKey } from "@/lib/queue/contract";
import type { TRunEngineDeps } from "@/lib/runs/engine-types";

/** What every processor receives besides its job: the process's shared dependencies. */
export type TWorkerContext = {
  db: TPrisma;
  workerId: string;
  /** Built on first use: the model caller, the endpoint loader and the run queue. */
  runEngine: () => TRunEngineDeps;
};

export type TProcessorDefinition = {
  queue: TQueueKey;
  /** Jobs of this queue processed at once by one workers process. */
  concurrency: number;
  process: (job: Job, context: TWorkerContext) => Promise<unknown>;
};
