/** One bar per grade 1..10 with its share of parsed grades, for the score histogram (the chart only draws this). */
export type THistogramBar = { score: string; count: number; share: string };

export function prepareScoreHistogram(histogram: readonly { score: number; count: number }[]): {
  bars: THistogramBar[];
  parsed: number;
} {
  const parsed = histogram.reduce((sum, bin) => sum + bin.count, 0);
  const bars = Array.from({ length: 10 }, (_, i) => {
    const count = histogram.find((bin) => bin.score === i + 1)?.count ?? 0;
    return {
      score: String(i + 1),
      count,
      share: parsed === 0 ? "—" : `${((count / parsed) * 100).toFixed(0)}%`,
    };
  });
  return { bars, parsed };
}
