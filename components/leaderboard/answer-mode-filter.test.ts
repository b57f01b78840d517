import { describe, expect, it } from "vitest";
import { buildSearch, collectAnswerModes, DEFAULT_SORT, filterRowsByModes } from "./table-state";

const rows = [
  { id: 1, answerMode: "FREE_TEXT" },
  { id: 2, answerMode: "JSON_SCHEMA" },
  { id: 3, answerMode: "FREE_TEXT" },
];

describe("answer mode filter", () => {
  it("lists each mode once, in row order", () => {
    expect(collectAnswerModes(rows)).toEqual(["FREE_TEXT", "JSON_SCHEMA"]);
  });
  it("keeps the rows of the selected modes, all when none is selected", () => {
    expect(filterRowsByModes(rows, ["JSON_SCHEMA"]).map((row) => row.id)).toEqual([2]);
    expect(filterRowsByModes(rows, [])).toHaveLength(3);
  });
  it("puts the selection in the URL", () => {
    expect(buildSearch({ datasetId: "d", sort: DEFAULT_SORT, tags: [], modes: ["JSON_SCHEMA"] })).toBe(
      "?datasetId=d&mode=JSON_SCHEMA",
    );
  });
});
