import Link from "next/link";
import { formatCount, formatInterval } from "@/components/ui/format";
import { card, cardTitle, textLink } from "@/components/ui/styles";
import type { TPairwiseVerdicts } from "@/lib/pairwise/compare";
import { describeSignTest } from "./format";

/** /compare: the two runs' head-to-head record from a pairwise judging (both orders, the jury's verdicts). */
export function ComparePairwise({ verdicts }: { verdicts: TPairwiseVerdicts }) {
  const rate = formatInterval(verdicts.winRate);
  const stat = (label: string, value: React.ReactNode) => (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="font-medium tabular-nums">{value}</dd>
    </div>
  );
  return (
    <section className={`${card} px-5 py-4`} aria-labelledby="pairwise-compare-title">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="pairwise-compare-title" className={cardTitle}>
          Pairwise verdicts: {verdicts.names.a} vs {verdicts.names.b}
        </h2>
        <Link href={`/pairwise/${verdicts.id}`} className={`text-sm ${textLink}`}>
          Every verdict
        </Link>
      </div>
      <dl className="mt-3 grid grid-cols-2 gap-4 sm:grid-cols-6">
        {stat(`${verdicts.names.a} wins`, formatCount(verdicts.wins))}
        {stat("Ties", formatCount(verdicts.ties))}
        {stat(`${verdicts.names.b} wins`, formatCount(verdicts.losses))}
        {stat("Flipped with the order", formatCount(verdicts.flipped))}
        {stat("No verdict", formatCount(verdicts.failed))}
        {stat(`${verdicts.names.a}'s win rate`, `${rate.value}${rate.range ? ` (${rate.range})` : ""}`)}
      </dl>
      <p className="mt-3 text-sm text-slate-600">
        {describeSignTest({ first: verdicts.names.a, second: verdicts.names.b }, { ...verdicts })} Both orders judged
        {verdicts.judges > 1 ? ` by ${verdicts.judges} judges (majority)` : ""}; a verdict that changed with the order
        counts as a tie.
      </p>
    </section>
  );
}
