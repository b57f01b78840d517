import { formatPercent } from "@/components/ui/format";
import { card, cardTitle } from "@/components/ui/styles";
import { TableHead } from "@/components/ui/table-head";
import { heatColour } from "./format";
import type { TStoredRatings } from "@/lib/pairwise/ratings-store";

type TProps = { contestants: { index: number; label: string }[]; ratings: TStoredRatings | null };

const columns = [
  { key: "rank", label: "#" },
  { key: "contestant", label: "Contestant" },
  { key: "rating", label: "Rating", align: "right" as const },
  { key: "interval", label: "95% interval", align: "right" as const },
];

/** Bradley-Terry ratings (stored when the judging completed) and the win-rate matrix as a heatmap. */
export function RatingsSection({ contestants, ratings: stored }: TProps) {
  if (!stored) {
    return (
      <section className={`${card} px-5 py-4`} aria-labelledby="ratings-title">
        <h2 id="ratings-title" className={cardTitle}>
          Ratings
        </h2>
        <p className="mt-2 text-sm text-slate-600">Ratings are fitted once the judging has completed.</p>
      </section>
    );
  }
  const ranked = stored.ratings
    .map((rating, index) => ({ ...rating, index, label: contestants[index]?.label ?? String(index) }))
    .sort((a, b) => (b.rating ?? -Infinity) - (a.rating ?? -Infinity));
  const round = (value: number | null) => (value === null ? "—" : Math.round(value).toString());
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section className={`${card} overflow-hidden`} aria-labelledby="ratings-title">
        <div className="px-5 py-4">
          <h2 id="ratings-title" className={cardTitle}>
            Ratings
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            Bradley-Terry strengths on an Elo-like scale (400 points = 10:1 odds), with {stored.resamples} seeded
            bootstrap resamples of the samples.
          </p>
        </div>
        <table className="w-full text-sm" data-testid="ratings">
          <TableHead columns={columns} />
          <tbody className="divide-y divide-slate-100">
            {ranked.map((entry, rank) => (
              <tr key={entry.index}>
                <td className="py-3 pr-4 pl-5 text-slate-500 tabular-nums">{rank + 1}</td>
                <td className="px-4 py-3 font-medium">{entry.label}</td>
                <td className="px-4 py-3 text-right font-medium tabular-nums">{round(entry.rating)}</td>
                <td className="py-3 pr-5 pl-4 text-right text-slate-600 tabular-nums">
                  {round(entry.low)}–{round(entry.high)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className={`${card} px-5 py-4`} aria-labelledby="matrix-title">
        <h2 id="matrix-title" className={cardTitle}>
          Win rates
        </h2>
        <p className="mt-1 text-sm text-slate-600">Row against column, ties as half.</p>
        <div className="mt-3 overflow-x-auto">
          <table className="text-sm" data-testid="win-matrix">
            <thead>
              <tr>
                <th scope="col" className="p-2 text-left text-xs font-medium text-slate-500">
                  <span className="sr-only">Contestant</span>
                </th>
                {contestants.map((contestant) => (
                  <th key={contestant.index} scope="col" className="p-2 text-xs font-medium text-slate-600">
                    {contestant.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {contestants.map((row) => (
                <tr key={row.index}>
                  <th scope="row" className="p-2 text-left text-xs font-medium text-slate-600">
                    {row.label}
                  </th>
                  {contestants.map((column) => {
                    const rate = stored.winRates[row.index]?.[column.index] ?? null;
                    return (
                      <td
                        key={column.index}
                        className="h-12 min-w-20 border border-white text-center text-slate-900 tabular-nums"
                        style={{ backgroundColor: heatColour(rate) }}
                      >
                        {row.index === column.index ? "" : formatPercent(rate, 0)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
