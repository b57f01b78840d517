import { describe, expect, it } from "vitest";
import { buildBatchInsert } from "@/lib/db/batch-insert";
import type { TOutputRow } from "./answer-sample";
import { runKind } from "./kind";

const buildInsert = (rows: TOutputRow[]) => buildBatchInsert(runKind.insert, rows);

describe("the output rows' batch insert", () => {
  it("numbers the parameters row after row and fills absent fields with null (cached: false)", () => {
    const { text, values } = buildInsert([
      {
        runId: "r",
        sampleId: 1,
        attempts: 1,
        latencyMs: 5,
        rawText: "neoplasms",
        valid: true,
        correct: true,
        confidence: 0.8,
        labelScoring: "first-token",
      },
      { runId: "r", sampleId: 2, attempts: 3, latencyMs: 9, errorKind: "timeout", errorMessage: "slow" },
    ]);
    expect(text).toContain("VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16), ($17,");
    expect(text).toMatch(/ON CONFLICT \("runId", "sampleId"\) DO NOTHING$/);
    expect(values).toHaveLength(32);
    expect(values.slice(0, 16)).toEqual([
      "r",
      1,
      "neoplasms",
      null,
      true,
      true,
      0.8,
      "first-token",
      null,
      null,
      1,
      5,
      null,
      null,
      null,
      false,
    ]);
    expect(values.slice(16)).toEqual([
      "r",
      2,
      null,
      null,
      null,
      null,
      null,
      null,
      "timeout",
      "slow",
      3,
      9,
      null,
      null,
      null,
      false,
    ]);
  });
});
