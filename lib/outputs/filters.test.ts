import { describe, expect, it } from "vitest";
import { buildOutputsSearch, decodeCursor, encodeCursor, outputsHref, parseOutputFilters } from "./filters";

describe("output links", () => {
  it("round-trips filters through the URL, leaving defaults out", () => {
    const href = outputsHref("r1", { view: "invalid", expected: "a b&c", predicted: "__invalid__", cursor: 42 });
    expect(href.startsWith("/runs/r1/outputs?view=invalid&expected=a+b%26c&predicted=__invalid__&cursor=")).toBe(true);
    const parsed = parseOutputFilters(new URL(`http://x${href}`).searchParams);
    expect(parsed).toMatchObject({ view: "invalid", expected: "a b&c", predicted: "__invalid__", cursor: 42 });
    expect(buildOutputsSearch({ view: "all" })).toBe("");
  });

  it("keeps the confidence filters and order in the URL, file order left out", () => {
    const href = outputsHref("r1", { view: "wrong", confidenceMin: 0.8, sort: "confidence-desc" });
    expect(href).toBe("/runs/r1/outputs?view=wrong&confidenceMin=0.8&sort=confidence-desc");
    expect(parseOutputFilters(new URL(`http://x${href}`).searchParams)).toMatchObject({
      view: "wrong",
      confidenceMin: 0.8,
      sort: "confidence-desc",
    });
    expect(buildOutputsSearch({ sort: "file" })).toBe("");
    expect(parseOutputFilters({}).sort).toBe("file");
  });

  it("keeps cursors opaque and rejects forged ones", () => {
    expect(decodeCursor(encodeCursor(123_456))).toBe(123_456);
    expect(encodeCursor(7)).not.toContain("7");
    for (const forged of ["", "abc", "s1", "cyx", "!!"]) expect(decodeCursor(forged)).toBeNull();
  });

  it("keeps an empty group (an empty answer) but drops other empty fields", () => {
    expect(parseOutputFilters({ group: "", q: "", scoreMin: "" })).toMatchObject({ group: "", view: "all" });
    expect(parseOutputFilters({ q: "" }).q).toBeUndefined();
  });
});
