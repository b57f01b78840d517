import { describe, expect, it } from "vitest";
import { neutralizeCell } from "./neutralize";

describe("neutralizeCell", () => {
  it("prefixes an apostrophe to text that a spreadsheet would run as a formula", () => {
    for (const text of ["=1+1", '=HYPERLINK("http://x","y")', "+33 1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]) {
      expect(neutralizeCell(text)).toBe(`'${text}`);
    }
  });

  it("leaves ordinary text, empty text and a formula character after the first position alone", () => {
    for (const text of ["Cardiology", "", " =1", "a=b", "e-mail", "'quoted"]) {
      expect(neutralizeCell(text)).toBe(text);
    }
  });
});
