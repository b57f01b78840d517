import { describe, expect, it } from "vitest";
import { excerpt, markMatches } from "./excerpt";

describe("markMatches", () => {
  it("marks every case-insensitive match", () => {
    expect(markMatches("Bypass and bypass.", "BYPASS")).toEqual([
      { text: "Bypass", match: true },
      { text: " and ", match: false },
      { text: "bypass", match: true },
      { text: ".", match: false },
    ]);
    expect(markMatches("no term", undefined)).toEqual([{ text: "no term", match: false }]);
  });
});

describe("excerpt", () => {
  const long = `${"a".repeat(100)} needle ${"b".repeat(100)}`;

  it("keeps short texts whole and cuts long ones at the start", () => {
    expect(excerpt("short", "x", 20)).toBe("short");
    expect(excerpt(long, undefined, 20)).toBe(`${"a".repeat(20)}…`);
  });

  it("shows the window around a match that lies beyond the start", () => {
    const shown = excerpt(long, "NEEDLE", 30);
    expect(shown).toContain("needle");
    expect(shown.startsWith("…")).toBe(true);
    expect(shown.endsWith("…")).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(32);
  });
});

describe("excerpt around a match", () => {
  it("starts on a word boundary", () => {
    const text = `${"word ".repeat(40)}the needle is here ${"tail ".repeat(40)}`;
    const shown = excerpt(text, "needle", 60);
    expect(shown).toMatch(/^…(word |the )/);
    expect(shown).toContain("needle");
  });
});
