import { describe, expect, it } from "vitest";
import type { TLeaderboardRow } from "@/lib/leaderboard/types";
import {
  buildSearch,
  collectTags,
  DEFAULT_SORT,
  filterRowsByTags,
  parseSort,
  readSortValue,
  sortRows,
  toggleSort,
} from "./table-state";

const interval = (estimate: number | null) => ({ estimate, low: estimate, high: estimate });

function row(id: string, options: { accuracy?: number | null; cost?: number | null; tags?: string[]; name?: string }) {
  return {
    runId: id,
    endpoint: { id, name: options.name ?? id, model: "m", tags: options.tags ?? [] },
    accuracy: interval(options.accuracy ?? null),
    costPer1k: options.cost ?? null,
  } as unknown as TLeaderboardRow;
}

describe("parseSort and toggleSort", () => {
  it("reads a known column and direction from the URL, and falls back to accuracy, best first", () => {
    expect(parseSort("macroF1", "asc")).toEqual({ key: "macroF1", dir: "asc" });
    expect(parseSort("costPer1k", null)).toEqual({ key: "costPer1k", dir: "asc" });
    expect(parseSort("bogus", "asc")).toEqual(DEFAULT_SORT);
  });

  it("flips the sorted column and sorts a new one in its natural direction", () => {
    expect(toggleSort({ key: "accuracy", dir: "desc" }, "accuracy")).toEqual({ key: "accuracy", dir: "asc" });
    expect(toggleSort({ key: "accuracy", dir: "desc" }, "latencyP50Ms")).toEqual({ key: "latencyP50Ms", dir: "asc" });
    expect(toggleSort({ key: "costPer1k", dir: "asc" }, "validAccuracy")).toEqual({
      key: "validAccuracy",
      dir: "desc",
    });
  });
});

describe("sortRows", () => {
  const rows = [
    row("a", { accuracy: 0.7, cost: 2 }),
    row("b", { accuracy: null, cost: null }),
    row("c", { accuracy: 0.9, cost: 0.5 }),
  ];

  it("sorts by the interval estimate and keeps missing values last in both directions", () => {
    expect(sortRows(rows, { key: "accuracy", dir: "desc" }, readSortValue).map((r) => r.runId)).toEqual([
      "c",
      "a",
      "b",
    ]);
    expect(sortRows(rows, { key: "accuracy", dir: "asc" }, readSortValue).map((r) => r.runId)).toEqual(["a", "c", "b"]);
    expect(sortRows(rows, { key: "costPer1k", dir: "asc" }, readSortValue).map((r) => r.runId)).toEqual([
      "c",
      "a",
      "b",
    ]);
  });

  it("sorts model names case-insensitively", () => {
    const named = [row("1", { name: "zeta" }), row("2", { name: "Alpha" })];
    expect(sortRows(named, { key: "model", dir: "asc" }, readSortValue).map((r) => r.runId)).toEqual(["2", "1"]);
  });
});

describe("tags", () => {
  const rows = [row("a", { tags: ["8b", "fine-tuned"] }), row("b", { tags: ["api"] }), row("c", { tags: ["8b"] })];

  it("lists each tag once, sorted, and keeps rows carrying every selected tag", () => {
    expect(collectTags(rows)).toEqual(["8b", "api", "fine-tuned"]);
    expect(filterRowsByTags(rows, ["8b"]).map((r) => r.runId)).toEqual(["a", "c"]);
    expect(filterRowsByTags(rows, ["8b", "fine-tuned"]).map((r) => r.runId)).toEqual(["a"]);
    expect(filterRowsByTags(rows, [])).toHaveLength(3);
  });
});

describe("formatting", () => {
  it("keeps the default sort out of the URL and repeats tags", () => {
    expect(buildSearch({ datasetId: "d", sort: DEFAULT_SORT, tags: [] })).toBe("?datasetId=d");
    expect(buildSearch({ datasetId: "d", sort: { key: "macroF1", dir: "asc" }, tags: ["8b", "api"] })).toBe(
      "?datasetId=d&sort=macroF1&dir=asc&tag=8b&tag=api",
    );
  });
});
