import type { TSparse } from "../tfidf";

/**
 * The top-k right singular subspace of a sparse matrix (rows = documents), by block power iteration on XᵀX with
 * Gram-Schmidt re-orthonormalisation: columns of `basis` (features × k, column-major) span the directions of largest
 * variance, so x ↦ x·basis is the truncated-SVD embedding (up to a rotation inside the subspace, which neither a
 * linear classifier nor cosine similarity sees). Deterministic: the start is a fixed pseudo-random matrix.
 */
export type TSvdBasis = { features: number; k: number; basis: Float64Array[] };

export function fitTruncatedSvd(rows: readonly TSparse[], features: number, k: number, iterations = 8): TSvdBasis {
  const size = Math.max(1, Math.min(k, features, rows.length));
  let basis = Array.from({ length: size }, (_, c) => {
    const column = new Float64Array(features);
    for (let j = 0; j < features; j++) column[j] = (Math.sin((j + 1) * (c + 1) * 12.9898) * 43758.5453) % 1;
    return column;
  });
  orthonormalise(basis);
  for (let step = 0; step < iterations; step++) {
    // W = Xᵀ (X V), one column at a time.
    basis = basis.map((column) => {
      const next = new Float64Array(features);
      for (const row of rows) {
        let projection = 0;
        for (let i = 0; i < row.ids.length; i++) projection += row.values[i]! * column[row.ids[i]!]!;
        if (projection === 0) continue;
        for (let i = 0; i < row.ids.length; i++) next[row.ids[i]!] = next[row.ids[i]!]! + projection * row.values[i]!;
      }
      return next;
    });
    orthonormalise(basis);
  }
  return { features, k: size, basis };
}

/** Modified Gram-Schmidt, in place; a column that vanishes stays zero. */
function orthonormalise(columns: Float64Array[]): void {
  columns.forEach((column, c) => {
    for (let previous = 0; previous < c; previous++) {
      const other = columns[previous]!;
      let dot = 0;
      for (let j = 0; j < column.length; j++) dot += column[j]! * other[j]!;
      for (let j = 0; j < column.length; j++) column[j] = column[j]! - dot * other[j]!;
    }
    let norm = 0;
    for (let j = 0; j < column.length; j++) norm += column[j]! * column[j]!;
    norm = Math.sqrt(norm);
    if (norm > 1e-12) for (let j = 0; j < column.length; j++) column[j] = column[j]! / norm;
  });
}

/** x·basis: the k coordinates of a sparse row in the subspace. */
export function projectSparse(svd: TSvdBasis, x: TSparse): number[] {
  return svd.basis.map((column) => {
    let total = 0;
    for (let i = 0; i < x.ids.length; i++) total += x.values[i]! * column[x.ids[i]!]!;
    return total;
  });
}
