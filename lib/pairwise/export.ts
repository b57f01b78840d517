import type { TPrisma } from "@/lib/db/prisma";
import { toCsvStream, toDownloadResponse, toJsonlStream, type TColumn, type TExportFormat } from "@/lib/export/formats";
import { ApiError } from "@/lib/api/errors";
import { loadContestants } from "./view";

const EXPORT_PAGE = 1_000;

type TVerdictExportRow = {
  id: number;
  sampleId: number;
  index: number;
  pairIndex: number;
  judgeIndex: number;
  swapped: boolean;
  verdict: string | null;
  parseStatus: string | null;
  rationale: string | null;
  rawText: string | null;
  errorKind: string | null;
  cost: number | null;
  cached: boolean;
  first: string;
  second: string;
  judge: string;
  winner: string | null;
};

const COLUMNS: TColumn<TVerdictExportRow>[] = [
  { header: "sample_id", value: (row) => row.sampleId },
  { header: "index", value: (row) => row.index },
  { header: "pair", value: (row) => row.pairIndex },
  { header: "contestant_1", value: (row) => row.first },
  { header: "contestant_2", value: (row) => row.second },
  { header: "judge", value: (row) => row.judge },
  { header: "order", value: (row) => (row.swapped ? "2-first" : "1-first") },
  { header: "verdict_shown", value: (row) => row.verdict },
  { header: "winner", value: (row) => row.winner },
  { header: "parse_status", value: (row) => row.parseStatus },
  { header: "rationale", value: (row) => row.rationale },
  { header: "raw_reply", value: (row) => row.rawText },
  { header: "error_kind", value: (row) => row.errorKind },
  { header: "cost_usd", value: (row) => row.cost },
  { header: "cached", value: (row) => row.cached },
];

/** GET /api/pairwise-judgings/:id/export: every judge call, both orders, as CSV (formula-safe) or JSONL. */
export async function exportPairwiseVerdicts(db: TPrisma, judgingId: string, format: TExportFormat): Promise<Response> {
  const judging = await db.pairwiseJudging.findUnique({ where: { id: judgingId } });
  if (!judging) throw new ApiError(404, "pairwise_not_found", `Pairwise judging ${judgingId} does not exist.`);
  const contestants = await loadContestants(db, judging);
  const judges = await db.modelEndpoint.findMany({
    where: { id: { in: judging.judgeEndpointIds } },
    select: { id: true, name: true },
  });
  const judgeName = (index: number) =>
    judges.find((judge) => judge.id === judging.judgeEndpointIds[index])?.name ?? `judge ${index + 1}`;
  const pairs = judging.pairs as [number, number][];
  const label = (contestant: number) => contestants[contestant]?.label ?? String(contestant);

  async function* rows(): AsyncGenerator<TVerdictExportRow> {
    let after = 0;
    for (;;) {
      const page = await db.$queryRaw<Omit<TVerdictExportRow, "first" | "second" | "judge" | "winner">[]>`
        SELECT v.id, v."sampleId", s.index, v."pairIndex", v."judgeIndex", v.swapped, v.verdict, v."parseStatus",
               v.rationale, v."rawText", v."errorKind", v.cost, v.cached
        FROM "PairwiseVerdict" v JOIN "Sample" s ON s.id = v."sampleId"
        WHERE v."pairwiseJudgingId" = ${judgingId}::uuid AND v.id > ${after}
        ORDER BY v.id LIMIT ${EXPORT_PAGE}`;
      for (const row of page) {
        const [x, y] = pairs[row.pairIndex] ?? [0, 0];
        const shownFirst = row.swapped ? y : x;
        const shownSecond = row.swapped ? x : y;
        const winner =
          row.verdict === "A"
            ? label(shownFirst)
            : row.verdict === "B"
              ? label(shownSecond)
              : row.verdict === "C"
                ? "tie"
                : null;
        yield { ...row, first: label(x), second: label(y), judge: judgeName(row.judgeIndex), winner };
      }
      const last = page.at(-1);
      if (!last || page.length < EXPORT_PAGE) return;
      after = last.id;
    }
  }
  const stream =
    format === "csv"
      ? toCsvStream(COLUMNS, rows())
      : toJsonlStream(rows(), (row) => Object.fromEntries(COLUMNS.map((column) => [column.header, column.value(row)])));
  return toDownloadResponse(stream, format, `pairwise-verdicts-${judgingId.slice(0, 8)}`);
}
