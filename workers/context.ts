import type { Job } from "bullmq";
import type { TPrisma } from "@/lib/db/prisma";
import type { TJobDeps } from "@/lib/jobs/deps";
import type { TQueueKey } from "@/lib/queue/contract";

/** What every processor receives besides its job: the process's shared dependencies. */
export type TWorkerContext = {
  db: TPrisma;
  workerId: string;
  /** Built on first use: the model caller and the endpoint loader every job kind shares (lib/jobs/deps.ts). */
  jobDeps: () => TJobDeps;
};

export type TProcessorDefinition = {
  queue: TQueueKey;
  /** Jobs of this queue processed at once by one workers process. */
  concurrency: number;
  process: (job: Job, context: TWorkerContext) => Promise<unknown>;
};
