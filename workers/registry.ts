import type { TProcessorDefinition } from "./context";
import { processSystemJob } from "./processors/system-ping";

/** Every queue this workers process consumes, with its processor. Processors stay thin: parse, call lib/, return. */
export const processorRegistry: readonly TProcessorDefinition[] = [
  { queue: "system", concurrency: 4, process: processSystemJob },
];
