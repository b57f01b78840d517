import type { TProcessorDefinition } from "./context";
import { processJudgingChunkJob } from "./processors/judging-chunk";
import { processJudgingDispatch } from "./processors/judging-dispatch";
import { processRunDispatch } from "./processors/run-dispatch";
import { processSampleChunk } from "./processors/sample-generate";
import { processSystemJob } from "./processors/system-ping";

/** Every queue this workers process consumes, with its processor. Processors stay thin: parse, call lib/, return. */
export const processorRegistry: readonly TProcessorDefinition[] = [
  { queue: "system", concurrency: 4, process: processSystemJob },
  { queue: "runDispatch", concurrency: 2, process: processRunDispatch },
  // Each chunk answers up to ~50 samples at once (bounded by the endpoint's shared limiter), so 16 chunks keep
  // hundreds of calls in flight for slow models without one process hoarding a fast one.
  { queue: "sampleGenerate", concurrency: 16, process: processSampleChunk },
  { queue: "judgingDispatch", concurrency: 2, process: processJudgingDispatch },
  // Same reasoning as sampleGenerate: the judge endpoint's shared limiter bounds the calls actually in flight.
  { queue: "judgingChunk", concurrency: 16, process: processJudgingChunkJob },
];
