import Link from "next/link";
import { formatCount, formatInterval } from "@/components/ui/format";
import { card, cardTitle, textLink } from "@/components/ui/styles";
import { TableHead } from "@/components/ui/table-head";
import { describeSignTest, pairTitle } from "./format";
import type { TPairwiseViewJson } from "./types";

const columns = [
  { key: "pair", label: "Pair (first vs second)" },
  { key: "wins", label: "Wins", align: "right" as const },
  { key: "ties", label: "Ties", align: "right" as const },
  { key: "losses", label: "Losses", align: "right" as const },
  { key: "flipped", label: "Flipped", align: "right" as const, title: "Verdicts that changed with the order (ties)" },
  { key: "failed", label: "No verdict", align: "right" as const },
  { key: "rate", label: "Win rate (95% CI)", align: "right" as const, title: "Ties count as half a win" },
  { key: "test", label: "Sign test" },
];

/** The count columns, each a link to its samples. */
const COUNTED = ["wins", "ties", "losses", "flipped", "failed"] as const;

/** Wins, ties and losses per pair (the jury's verdicts), each count linking to its samples. */
export function PairResults({
  view,
  onFilter,
}: {
  view: TPairwiseViewJson;
  onFilter: (pair: number, outcome: string) => void;
}) {
  const cell = (pairIndex: number, outcome: string, count: number) =>
    count === 0 ? (
      "0"
    ) : (
      <button type="button" className={textLink} onClick={() => onFilter(pairIndex, outcome)}>
        {formatCount(count)}
      </button>
    );
  return (
    <section className={`${card} overflow-hidden`} aria-labelledby="pair-results-title">
      <div className="px-5 py-4">
        <h2 id="pair-results-title" className={cardTitle}>
          Head to head
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          Each sample judged in both orders
          {view.judges.length > 1 ? ` by ${view.judges.length} judges (majority verdict)` : ""}; a verdict that changes
          with the order counts as a tie.
        </p>
      </div>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <TableHead columns={columns} />
          <tbody className="divide-y divide-slate-100">
            {view.pairs.map((pair) => {
              const result = pair.result;
              const rate = formatInterval(result?.winRate ?? null);
              const names = {
                first: view.contestants[pair.first]!.label,
                second: view.contestants[pair.second]!.label,
              };
              return (
                <tr key={pair.pairIndex} data-testid={`pair-${pair.pairIndex}`}>
                  <td className="py-3 pr-4 pl-5 font-medium">{pairTitle(view.contestants, pair)}</td>
                  {COUNTED.map((outcome) => (
                    <td key={outcome} className="px-4 py-3 text-right tabular-nums">
                      {result ? cell(pair.pairIndex, outcome, result[outcome]) : "—"}
                    </td>
                  ))}
                  <td className="px-4 py-3 text-right tabular-nums" data-testid={`win-rate-${pair.pairIndex}`}>
                    {rate.value}
                    {rate.range ? <span className="ml-1 text-xs text-slate-500">({rate.range})</span> : null}
                  </td>
                  <td className="py-3 pr-5 pl-4 text-xs text-slate-600">
                    {result ? describeSignTest(names, result) : "—"}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="border-t border-slate-100 px-5 py-3 text-xs text-slate-500">
        Win rate of the first contestant, ties as half; exact two-sided sign test on the decisive samples.{" "}
        <Link href={`/api/pairwise-judgings/${view.id}/export?format=csv`} className={textLink} prefetch={false}>
          Export CSV
        </Link>{" "}
        ·{" "}
        <Link href={`/api/pairwise-judgings/${view.id}/export?format=jsonl`} className={textLink} prefetch={false}>
          JSONL
        </Link>
      </p>
    </section>
  );
}
