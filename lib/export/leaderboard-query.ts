import { z } from "zod";
import { ZExportFormat } from "./formats";

/** GET /api/leaderboard/export?datasetId=&format=csv|jsonl */
export const ZLeaderboardExportQuery = z.object({ datasetId: z.uuid(), format: ZExportFormat.default("csv") });
