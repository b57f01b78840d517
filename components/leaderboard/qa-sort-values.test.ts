import { describe, expect, it } from "vitest";
import type { TQaJudgingRow } from "@/lib/leaderboard/qa-types";
import {
  DATASET_ROW_LABEL,
  DEFAULT_JUDGE_SORT,
  formatParseFailures,
  labelJudgingRow,
  readJudgeSortValue,
} from "./qa-sort-values";
import { collectTags, filterRowsByTags, sortRows, toggleSort } from "./table-state";

function row(id: string, options: { mean?: number | null; tags?: string[] | null; judgeCost?: number | null }) {
  return {
    judgingId: id,
    endpoint: options.tags === null ? null : { id, name: `model ${id}`, model: "m", tags: options.tags ?? [] },
    judge: { id: "j", name: "Judge", model: "gpt-4o" },
    mean: { estimate: options.mean ?? null, low: null, high: null },
    judgeCost: options.judgeCost ?? null,
  } as unknown as TQaJudgingRow;
}

describe("sortRows", () => {
  const rows = [
    row("a", { mean: 6.5, judgeCost: 0.2 }),
    row("b", { mean: null }),
    row("c", { mean: 8.1, judgeCost: 0.1 }),
  ];

  it("sorts by mean grade with missing grades last in both directions", () => {
    const ids = (sorted: TQaJudgingRow[]) => sorted.map((r) => r.judgingId);
    expect(ids(sortRows(rows, { key: "mean", dir: "desc" }, readJudgeSortValue))).toEqual(["c", "a", "b"]);
    expect(ids(sortRows(rows, { key: "mean", dir: "asc" }, readJudgeSortValue))).toEqual(["a", "c", "b"]);
    expect(ids(sortRows(rows, { key: "judgeCost", dir: "asc" }, readJudgeSortValue))).toEqual(["c", "a", "b"]);
  });

  it("groups rows by judge by default and ranks each judge's rows by mean grade", () => {
    const judged = (id: string, judge: string, mean: number) =>
      ({ ...row(id, { mean }), judge: { id: judge, name: judge, model: judge } }) as TQaJudgingRow;
    const rows = [judged("a", "GPT-4o", 6), judged("b", "Llama", 9), judged("c", "GPT-4o", 8), judged("d", "Llama", 5)];
    const sorted = sortRows(rows, DEFAULT_JUDGE_SORT, readJudgeSortValue, "mean");
    expect(sorted.map((r) => r.judgingId)).toEqual(["c", "a", "b", "d"]);
  });

  it("labels and sorts the dataset row by its own name", () => {
    const dataset = row("d", { tags: null });
    expect(labelJudgingRow(dataset)).toBe(DATASET_ROW_LABEL);
    const sorted = sortRows([row("z", {}), dataset], { key: "model", dir: "asc" }, readJudgeSortValue);
    expect(sorted.map(labelJudgingRow)).toEqual([DATASET_ROW_LABEL, "model z"]);
  });

  it("sorts cost ascending and grades descending on a first click, and flips on a second", () => {
    expect(toggleSort({ key: "mean", dir: "desc" }, "judgeCost")).toEqual({ key: "judgeCost", dir: "asc" });
    expect(toggleSort({ key: "judgeCost", dir: "asc" }, "graded")).toEqual({ key: "graded", dir: "desc" });
    expect(toggleSort({ key: "mean", dir: "desc" }, "mean")).toEqual({ key: "mean", dir: "asc" });
  });
});

describe("tags", () => {
  const rows = [row("a", { tags: ["8b", "fine-tuned"] }), row("b", { tags: ["api"] }), row("d", { tags: null })];

  it("lists model tags once and keeps the dataset row under any filter", () => {
    expect(collectTags(rows)).toEqual(["8b", "api", "fine-tuned"]);
    expect(filterRowsByTags(rows, ["fine-tuned"]).map((r) => r.judgingId)).toEqual(["a", "d"]);
    expect(filterRowsByTags(rows, ["8b", "api"]).map((r) => r.judgingId)).toEqual(["d"]);
    expect(filterRowsByTags(rows, [])).toHaveLength(3);
  });
});

describe("formatting", () => {
  it("writes parse failures with their rate", () => {
    expect(formatParseFailures({ parseFailures: 1, judged: 11 })).toBe("1 (9.1%)");
    expect(formatParseFailures({ parseFailures: 0, judged: 0 })).toBe("—");
  });
});
