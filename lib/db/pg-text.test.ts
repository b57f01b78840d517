import { describe, expect, it } from "vitest";
import { toPgText } from "./pg-text";

describe("toPgText", () => {
  it("replaces every NUL with U+FFFD and keeps everything else", () => {
    expect(toPgText("a\u0000b\u0000\u0000c")).toBe("a\uFFFDb\uFFFD\uFFFDc");
    expect(toPgText("plain é ✓")).toBe("plain é ✓");
  });

  it("passes null and undefined through", () => {
    expect(toPgText(null)).toBeNull();
    expect(toPgText(undefined)).toBeUndefined();
  });
});
