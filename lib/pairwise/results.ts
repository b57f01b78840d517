import type { TDb } from "@/lib/db/prisma";
import { cohenKappa } from "@/lib/metrics/kappa";
import { fleissKappaFromSums } from "@/lib/metrics/fleiss";
import { tIntervalFromSummary } from "@/lib/metrics/judge-scores";
import { mcnemarExact } from "@/lib/metrics/mcnemar";
import type { TInterval } from "@/lib/metrics/types";
import { pairwiseOutcomeCtes } from "./outcomes-sql";

export type TPairResult = {
  pairIndex: number;
  wins: number;
  ties: number;
  losses: number;
  failed: number;
  flipped: number;
  /** (wins + ties/2) / (wins + ties + losses), from the pair's first contestant's side, with a 95% t interval. */
  winRate: TInterval;
  /** Exact two-sided sign test on the decisive samples (wins against losses). */
  pValue: number;
  significant: boolean;
};

/** Win rate with ties as half: the mean of per-sample scores 1, ½, 0, its 95% t interval clamped to [0, 1]. */
export function winRateInterval(wins: number, ties: number, losses: number): TInterval {
  const n = wins + ties + losses;
  if (n === 0) return { estimate: null, low: null, high: null };
  const mean = (wins + ties / 2) / n;
  const squares = wins * (1 - mean) ** 2 + ties * (0.5 - mean) ** 2 + losses * mean ** 2;
  const sd = n > 1 ? Math.sqrt(squares / (n - 1)) : null;
  const interval = tIntervalFromSummary({ n, mean, sd });
  const clamp = (value: number | null) => (value === null ? null : Math.min(1, Math.max(0, value)));
  return { estimate: mean, low: clamp(interval.low), high: clamp(interval.high) };
}

/** Wins, ties and losses per pair (the jury's verdicts; one judge's with `judgeIndex`), with the tests. */
export async function getPairResults(db: TDb, judgingId: string, judgeIndex: number | null = null) {
  const rows = await db.$queryRaw<Omit<TPairResult, "winRate" | "pValue" | "significant">[]>`
    WITH ${pairwiseOutcomeCtes(judgingId, judgeIndex)}
    SELECT "pairIndex", count(*) FILTER (WHERE outcome = 'first')::int AS wins,
           count(*) FILTER (WHERE outcome = 'tie')::int AS ties,
           count(*) FILTER (WHERE outcome = 'second')::int AS losses,
           count(*) FILTER (WHERE outcome = 'failed')::int AS failed,
           count(*) FILTER (WHERE flipped)::int AS flipped
    FROM jury GROUP BY "pairIndex" ORDER BY "pairIndex"`;
  return rows.map((row): TPairResult => {
    const { pValue } = mcnemarExact(row.wins, row.losses);
    return { ...row, winRate: winRateInterval(row.wins, row.ties, row.losses), pValue, significant: pValue < 0.05 };
  });
}

export type TJudgeDiagnostics = {
  judgeIndex: number;
  calls: number;
  parseFailures: number;
  errors: number;
  /** Samples (× pairs) with a verdict in both orders, and the share of them with the same verdict in both. */
  judged: number;
  consistency: number | null;
  /** Share of decisive calls (A or B) that chose the answer shown first; 0.5 is no preference. */
  firstPosition: number | null;
  /** Win rate of the longer answer among this judge's decisive verdicts on answers of different lengths. */
  longerWins: number | null;
  /** Consistency under 50%: the judge's verdicts say more about the order than about the answers. */
  flagged: boolean;
};

/** Per judge: position consistency, first-position preference, the length check, failures. */
export async function getJudgeDiagnostics(
  db: TDb,
  judging: { id: string; runIds: string[]; includeReference: boolean; pairs: [number, number][] },
): Promise<TJudgeDiagnostics[]> {
  const firsts = judging.pairs.map(([x]) => x);
  const seconds = judging.pairs.map(([, y]) => y);
  const reference = judging.runIds.length;
  const [calls, judged] = await Promise.all([
    db.$queryRaw<
      {
        judgeIndex: number;
        calls: number;
        parseFailures: number;
        errors: number;
        choseFirst: number;
        decisive: number;
      }[]
    >`
      SELECT "judgeIndex", count(*)::int AS calls,
             count(*) FILTER (WHERE "errorKind" IS NULL AND verdict IS NULL)::int AS "parseFailures",
             count(*) FILTER (WHERE "errorKind" IS NOT NULL)::int AS errors,
             count(*) FILTER (WHERE verdict = 'A')::int AS "choseFirst",
             count(*) FILTER (WHERE verdict IN ('A', 'B'))::int AS decisive
      FROM "PairwiseVerdict" WHERE "pairwiseJudgingId" = ${judging.id}::uuid GROUP BY "judgeIndex"`,
    db.$queryRaw<
      { judgeIndex: number; judged: number; consistent: number; longerWins: number; lengthDecisive: number }[]
    >`
      WITH ${pairwiseOutcomeCtes(judging.id)},
      lengths AS (
        SELECT o."sampleId", array_position(${judging.runIds}::uuid[], o."runId") - 1 AS contestant,
               length(o."rawText") AS len
        FROM "Output" o WHERE o."runId" = ANY(${judging.runIds}::uuid[])
          AND o."sampleId" IN (SELECT DISTINCT "sampleId" FROM calls)
        UNION ALL
        SELECT s.id, ${reference}::int, length(s.expected) FROM "Sample" s
        WHERE ${judging.includeReference} AND s.id IN (SELECT DISTINCT "sampleId" FROM calls))
      SELECT j."judgeIndex", count(*) FILTER (WHERE j.outcome <> 'failed')::int AS judged,
             count(*) FILTER (WHERE j.outcome <> 'failed' AND NOT j.flipped)::int AS consistent,
             count(*) FILTER (WHERE (j.outcome = 'first' AND lf.len > ls.len) OR (j.outcome = 'second' AND ls.len > lf.len))::int AS "longerWins",
             count(*) FILTER (WHERE j.outcome IN ('first', 'second') AND lf.len <> ls.len)::int AS "lengthDecisive"
      FROM judged j
      JOIN lengths lf ON lf."sampleId" = j."sampleId" AND lf.contestant = (${firsts}::int[])[j."pairIndex" + 1]
      JOIN lengths ls ON ls."sampleId" = j."sampleId" AND ls.contestant = (${seconds}::int[])[j."pairIndex" + 1]
      GROUP BY j."judgeIndex"`,
  ]);
  return calls
    .sort((a, b) => a.judgeIndex - b.judgeIndex)
    .map((row) => {
      const own = judged.find((entry) => entry.judgeIndex === row.judgeIndex);
      const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);
      const consistency = own ? ratio(own.consistent, own.judged) : null;
      return {
        judgeIndex: row.judgeIndex,
        calls: row.calls,
        parseFailures: row.parseFailures,
        errors: row.errors,
        judged: own?.judged ?? 0,
        consistency,
        firstPosition: ratio(row.choseFirst, row.decisive),
        longerWins: own ? ratio(own.longerWins, own.lengthDecisive) : null,
        flagged: consistency !== null && consistency < 0.5,
      };
    });
}

const CATEGORY = { first: 0, second: 1, tie: 2 } as const;

/**
 * Agreement between the jurors on the (sample, pair) verdicts every one of them gave: Cohen's kappa for two judges,
 * Fleiss' kappa for more (categories: first wins, second wins, tie). Null with one judge.
 */
export async function getJuryAgreement(
  db: TDb,
  judgingId: string,
  judges: number,
): Promise<{ method: "cohen" | "fleiss"; kappa: number | null; items: number } | null> {
  if (judges < 2) return null;
  if (judges === 2) {
    const cells = await db.$queryRaw<{ a: keyof typeof CATEGORY; b: keyof typeof CATEGORY; count: number }[]>`
      WITH ${pairwiseOutcomeCtes(judgingId)}
      SELECT a.outcome AS a, b.outcome AS b, count(*)::int AS count
      FROM judged a JOIN judged b ON b."sampleId" = a."sampleId" AND b."pairIndex" = a."pairIndex" AND b."judgeIndex" = 1
      WHERE a."judgeIndex" = 0 AND a.outcome <> 'failed' AND b.outcome <> 'failed'
      GROUP BY a.outcome, b.outcome`;
    const first = cells.flatMap((cell) => new Array<number>(cell.count).fill(CATEGORY[cell.a]));
    const second = cells.flatMap((cell) => new Array<number>(cell.count).fill(CATEGORY[cell.b]));
    return { method: "cohen", kappa: cohenKappa(first, second), items: first.length };
  }
  const [row] = await db.$queryRaw<{ items: number; f: number; s: number; t: number; squares: number }[]>`
    WITH ${pairwiseOutcomeCtes(judgingId)},
    items AS (
      SELECT count(*) FILTER (WHERE outcome = 'first') AS f, count(*) FILTER (WHERE outcome = 'second') AS s,
             count(*) FILTER (WHERE outcome = 'tie') AS t
      FROM judged GROUP BY "sampleId", "pairIndex"
      HAVING count(*) FILTER (WHERE outcome <> 'failed') = ${judges}::int)
    SELECT count(*)::int AS items, coalesce(sum(f), 0)::int AS f, coalesce(sum(s), 0)::int AS s,
           coalesce(sum(t), 0)::int AS t, coalesce(sum(f * f + s * s + t * t), 0)::int AS squares FROM items`;
  const items = row?.items ?? 0;
  const kappa = fleissKappaFromSums({
    items,
    raters: judges,
    categoryTotals: [row?.f ?? 0, row?.s ?? 0, row?.t ?? 0],
    sumOfSquares: row?.squares ?? 0,
  });
  return { method: "fleiss", kappa, items };
}
