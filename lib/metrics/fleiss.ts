/**
 * Fleiss' kappa for m raters per item from the per-item category counts, summarised: `items` (N), the total count
 * per category (Σ_i n_ij) and Σ_i Σ_j n_ij². Every item must have exactly `raters` ratings. Null when undefined (a
 * single category overall: expected agreement 1) or with fewer than two raters or no item.
 */
export function fleissKappaFromSums(summary: {
  items: number;
  raters: number;
  categoryTotals: readonly number[];
  sumOfSquares: number;
}): number | null {
  const { items, raters, categoryTotals, sumOfSquares } = summary;
  if (items === 0 || raters < 2) return null;
  const ratings = items * raters;
  const observed = (sumOfSquares - ratings) / (items * raters * (raters - 1));
  const expected = categoryTotals.reduce((sum, total) => sum + (total / ratings) ** 2, 0);
  if (expected >= 1) return null;
  return (observed - expected) / (1 - expected);
}

/** Fleiss' kappa from the per-item counts table (`counts[i][j]`: raters who put item i in category j). */
export function fleissKappa(counts: readonly (readonly number[])[]): number | null {
  const raters = counts[0]?.reduce((sum, n) => sum + n, 0) ?? 0;
  if (counts.some((row) => row.reduce((sum, n) => sum + n, 0) !== raters)) {
    throw new RangeError("Fleiss' kappa needs the same number of ratings for every item");
  }
  const categories = counts[0]?.length ?? 0;
  const categoryTotals = Array.from({ length: categories }, (_, j) =>
    counts.reduce((sum, row) => sum + (row[j] ?? 0), 0),
  );
  const sumOfSquares = counts.reduce((sum, row) => sum + row.reduce((inner, n) => inner + n * n, 0), 0);
  return fleissKappaFromSums({ items: counts.length, raters, categoryTotals, sumOfSquares });
}
