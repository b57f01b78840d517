/** The judge-grade histogram's data (the chart only draws this): one bar per grade 1..10 as a share of the grades. */
export type THistogramBar = {
  score: number;
  count: number;
  /** Share of the parsed grades; null (a gap, not a zero bar) when there is no parsed grade yet. */
  share: number | null;
};

export const GRADES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** Ten bars, a grade nobody got being a real zero; unparseable grades are not a score, so they are not drawn. */
export function prepareGradeBars(histogram: readonly { score: number; count: number }[]): THistogramBar[] {
  const parsed = histogram.reduce((sum, bin) => sum + bin.count, 0);
  return GRADES.map((score) => {
    const count = histogram.find((bin) => bin.score === score)?.count ?? 0;
    return { score, count, share: parsed === 0 ? null : count / parsed };
  });
}

/**
 * One y-axis for several histograms (the largest share, rounded up to 10%), so panels compare at a glance; ticks at
 * 0, half and the top.
 */
export function computeShareAxis(bars: readonly THistogramBar[]): { yMax: number; yTicks: number[] } {
  // A hair of tolerance, so a share of exactly 30% never rounds up to 40% through floating-point error.
  const largest = Math.max(0, ...bars.map((bar) => bar.share ?? 0));
  const yMax = largest === 0 ? 1 : Math.min(1, Math.ceil(largest * 10 - 1e-9) / 10);
  return { yMax, yTicks: [0, yMax / 2, yMax] };
}
