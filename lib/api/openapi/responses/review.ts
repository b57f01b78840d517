import { z } from "zod";
import { ZAnyObject } from "./shared";

/** Review queues and dataset versions (issue 15): loose objects, the fields clients rely on named. */
export const ZQueueCreated = z.object({ id: z.uuid(), itemCount: z.number().int() });
export const ZQueueList = z.object({ queues: z.array(z.looseObject({ id: z.uuid(), name: z.string() })) });
export const ZReviewItem = z.looseObject({
  position: z.number().int(),
  item: z.looseObject({ sampleId: z.number().int(), expected: z.string() }),
  progress: z.looseObject({ decided: z.number().int(), total: z.number().int() }),
});
export const ZDecisionCreated = z.object({ id: z.number().int(), kind: z.string(), createdAt: z.string() });
export const ZAccepted = z.looseObject({
  version: z.looseObject({ id: z.uuid(), number: z.number().int(), contentHash: z.string() }),
});
export const ZVersionBoards = z.object({ versions: z.array(z.looseObject({ number: z.number().int() })) });
export const ZReviewStats = ZAnyObject;
