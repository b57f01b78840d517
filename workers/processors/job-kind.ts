import { z } from "zod";
import { generationOfChunkJobId } from "@/lib/jobs/chunks";
import type { TJobEngine } from "@/lib/jobs/engine";
import { getProducer } from "@/lib/queue/producer";
import { parseQueuePayload } from "@/lib/queue/contract";
import type { TJobQueue } from "@/lib/jobs/queue";
import type { TProcessorDefinition, TWorkerContext } from "../context";

/**
 * A job kind's two processors: its dispatch queue and its chunk queue. Each parses the payload with the contract's
 * schema (lib/queue/contract.ts), reads the job id from the kind's id field, and calls the engine.
 */
export function jobKindProcessors(engine: TJobEngine): TProcessorDefinition[] {
  const { dispatch, chunk, idField } = engine.queue;
  // The contract's schemas are the check; these only read the fields the engine needs from what they accepted.
  const ZId = z.object({ [idField]: z.string() });
  const ZChunk = z.object({ chunk: z.number(), generation: z.number().optional() });
  let queue: TJobQueue | undefined;
  const kindDeps = (context: TWorkerContext) => ({
    ...context.jobDeps(),
    queue: (queue ??= engine.createQueue(getProducer())),
  });
  return [
    {
      queue: dispatch,
      concurrency: 2,
      process: (job, context) => {
        const payload = parseQueuePayload(dispatch, "dispatch", job.data);
        return engine.dispatch(kindDeps(context), ZId.parse(payload)[idField]!);
      },
    },
    {
      queue: chunk,
      concurrency: engine.chunkConcurrency,
      process: (job, context) => {
        const payload = parseQueuePayload(chunk, "chunk", job.data);
        const parsed = ZChunk.parse(payload);
        // With the kind's queue: a finished chunk queues the next one of its job's window (lib/jobs/window.ts).
        return engine.processChunk(kindDeps(context), {
          id: ZId.parse(payload)[idField]!,
          chunk: parsed.chunk,
          // Chunk jobs queued before the payload carried it name their generation in their id.
          generation: parsed.generation ?? generationOfChunkJobId(job.id),
        });
      },
    },
  ];
}
