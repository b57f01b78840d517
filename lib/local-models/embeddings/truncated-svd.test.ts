import { describe, expect, it } from "vitest";
import { fitTruncatedSvd, projectSparse } from "./truncated-svd";

const dense = (values: number[]) => ({ ids: values.map((_, i) => i), values });

describe("fitTruncatedSvd", () => {
  it("finds an orthonormal basis that reconstructs a rank-2 matrix exactly", () => {
    // Every row is a combination of two fixed directions: a rank-2 matrix in 6 dimensions.
    const a = [1, 2, 0, 0, 1, 0];
    const b = [0, 0, 3, 1, 0, 1];
    const rows = [
      [1, 0],
      [0, 1],
      [2, 1],
      [1, -1],
      [0.5, 3],
    ].map(([s, t]) => dense(a.map((value, i) => s! * value + t! * b[i]!)));
    const svd = fitTruncatedSvd(rows, 6, 2, 30);
    for (let c = 0; c < 2; c++) {
      for (let d = 0; d < 2; d++) {
        const dot = svd.basis[c]!.reduce((sum, value, j) => sum + value * svd.basis[d]![j]!, 0);
        expect(dot).toBeCloseTo(c === d ? 1 : 0, 9);
      }
    }
    for (const row of rows) {
      const coordinates = projectSparse(svd, row);
      const back = row.values.map((_, j) => coordinates.reduce((sum, w, c) => sum + w * svd.basis[c]![j]!, 0));
      back.forEach((value, j) => expect(value).toBeCloseTo(row.values[j]!, 9));
    }
  });

  it("keeps the dominant direction first: a rank-1 matrix's rows project onto the first column only", () => {
    const rows = [1, 2, -3].map((s) => dense([s * 3, s * 4, 0]));
    const svd = fitTruncatedSvd(rows, 3, 1, 20);
    expect(Math.abs(svd.basis[0]![0]!)).toBeCloseTo(0.6, 9);
    expect(Math.abs(svd.basis[0]![1]!)).toBeCloseTo(0.8, 9);
  });
});
