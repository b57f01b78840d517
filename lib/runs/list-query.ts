import { z } from "zod";
import { ZOptionalIdFilter } from "@/lib/api/query-fields";

/** GET /api/runs?datasetId=: optional, a uuid when given (a malformed one is a 422, not a database error). */
export const ZRunListQuery = z.object({ datasetId: ZOptionalIdFilter });
