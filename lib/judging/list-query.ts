import { z } from "zod";
import { ZOptionalIdFilter } from "@/lib/api/query-fields";

/** GET /api/judgings?datasetId=&runId=: both optional, both uuids when given. */
export const ZJudgingListQuery = z.object({ datasetId: ZOptionalIdFilter, runId: ZOptionalIdFilter });
