import { ApiError } from "@/lib/api/errors";
import type { TPrisma } from "@/lib/db/prisma";
import { getOutputDetail, type TOutputDetail } from "@/lib/outputs/detail";
import { firstValues } from "@/lib/api/search-params";
import { ZOutputFilters, type TOutputFilters } from "@/lib/outputs/filters";
import { countMatchingOutputs, countOutputViews, findOutputsPage, prepareOutputsQuery } from "@/lib/outputs/query";
import { loadOutputsRun } from "@/lib/outputs/run";

type TParams = Record<string, string | string[] | undefined>;

/** Everything the outputs page renders, read in parallel; null when the run does not exist (404 page). */
export async function loadOutputsPage(db: TPrisma, runId: string, params: TParams) {
  let run;
  try {
    run = await loadOutputsRun(db, runId);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
  const parsed = ZOutputFilters.safeParse(firstValues(params));
  const counts = await countOutputViews(db, run.id);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      kind: "problem" as const,
      run,
      counts,
      message: `${issue?.path.join(".") ?? "filter"}: ${issue?.message}`,
    };
  }
  const filters: TOutputFilters = parsed.data;
  let context;
  try {
    context = await prepareOutputsQuery(db, run.id, filters);
  } catch (error) {
    if (error instanceof ApiError && error.status === 422) {
      return { kind: "problem" as const, run, counts, message: error.message };
    }
    throw error;
  }
  const [page, total, detail] = await Promise.all([
    findOutputsPage(db, context, { cursor: filters.cursor, limit: filters.limit, sort: filters.sort }),
    countMatchingOutputs(db, context),
    filters.sample === undefined ? null : findDetail(db, run.id, filters.sample),
  ]);
  return { kind: "ok" as const, run, counts, filters, judgingId: context.judgingId, page, total, detail };
}

async function findDetail(db: TPrisma, runId: string, sampleId: number): Promise<TOutputDetail | "missing"> {
  try {
    return await getOutputDetail(db, runId, sampleId);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return "missing";
    throw error;
  }
}
