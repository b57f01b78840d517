import Link from "next/link";
import { formatInterval } from "@/components/ui/format";
import { card, textLink } from "@/components/ui/styles";
import { TableHead } from "@/components/ui/table-head";
import type { THeadToHead } from "@/lib/pairwise/head-to-head";
import { describeSignTest, pairTitle } from "./format";
import { RatingsSection } from "./ratings-section";

const columns = [
  { key: "pair", label: "Pair" },
  { key: "rate", label: "Win rate (95% CI)", align: "right" as const, title: "The first contestant's, ties as half" },
  { key: "test", label: "Sign test" },
];

/** The leaderboard's head-to-head section: win rates (against the baseline when there is one), ratings, matrix. */
export function HeadToHeadSection({ headToHead }: { headToHead: THeadToHead }) {
  const { contestants, pairs } = headToHead;
  return (
    <section aria-labelledby="head-to-head-title" className="mt-8 space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="head-to-head-title" className="text-base font-semibold text-slate-900">
          Head to head
        </h2>
        <p className="text-sm text-slate-600">
          Judged in both orders by {headToHead.judges.join(", ")} ·{" "}
          <Link href={`/pairwise/${headToHead.id}`} className={textLink}>
            every verdict
          </Link>
        </p>
      </div>
      <div className={`${card} overflow-hidden`}>
        <table className="w-full text-sm" aria-label="Head-to-head win rates">
          <TableHead columns={columns} />
          <tbody className="divide-y divide-slate-100">
            {pairs.map((pair) => {
              const rate = formatInterval(pair.result?.winRate ?? null);
              const names = { first: contestants[pair.first]!.label, second: contestants[pair.second]!.label };
              return (
                <tr key={pair.pairIndex}>
                  <td className="py-3 pr-4 pl-5 font-medium">{pairTitle(contestants, pair)}</td>
                  <td className="px-4 py-3 text-right tabular-nums">
                    {rate.value}
                    {rate.range ? <span className="ml-1 text-xs text-slate-500">({rate.range})</span> : null}
                  </td>
                  <td className="py-3 pr-5 pl-4 text-xs text-slate-600">
                    {pair.result ? describeSignTest(names, pair.result) : "—"}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <RatingsSection contestants={contestants} ratings={headToHead.ratings} />
    </section>
  );
}
