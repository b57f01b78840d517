import type { TDb } from "@/lib/db/prisma";
import { JOB_LIST_COLUMNS, newestJobsFirst } from "@/lib/jobs/list";
import { tIntervalFromSummary } from "@/lib/metrics";
import { getJudgingSummaries } from "./queries";
import { isSelfJudged } from "./self-preference";

export type TJudgingListItem = Awaited<ReturnType<typeof listJudgings>>[number];

/** Judgings, newest first, with progress and mean grade from one grouped query over their judgements. */
export async function listJudgings(
  db: TDb,
  filter: { datasetId?: string | null; runId?: string | null; limit?: number } = {},
) {
  const judgings = await db.judging.findMany({
    where: {
      ...(filter.datasetId ? { datasetId: filter.datasetId } : {}),
      ...(filter.runId ? { runId: filter.runId } : {}),
    },
    ...newestJobsFirst(filter.limit),
    select: {
      ...JOB_LIST_COLUMNS,
      runId: true,
      judgeEndpointId: true,
      referenceGuided: true,
      humanScoreField: true,
      dataset: { select: { id: true, name: true } },
      endpoint: { select: { id: true, name: true, model: true } },
      run: { select: { id: true, endpoint: { select: { id: true, name: true, model: true } } } },
    },
  });
  const summaries = await getJudgingSummaries(
    db,
    judgings.map((judging) => judging.id),
  );
  return judgings.map((judging) => {
    const summary = summaries.get(judging.id);
    return {
      ...judging,
      label: judging.run?.endpoint.name ?? "dataset",
      done: summary?.done ?? 0,
      errors: summary?.errors ?? 0,
      parsed: summary?.parsed ?? 0,
      /** Replies without a parseable grade (errors excluded). */
      parseFailures: (summary?.done ?? 0) - (summary?.errors ?? 0) - (summary?.parsed ?? 0),
      /** Mean grade 1-10 with its 95% t interval. */
      mean: tIntervalFromSummary({ n: summary?.parsed ?? 0, mean: summary?.mean ?? null, sd: summary?.sd ?? null }),
      cost: summary?.cost ?? null,
      selfJudged: isSelfJudged(judging.endpoint, judging.run?.endpoint ?? null),
    };
  });
}
