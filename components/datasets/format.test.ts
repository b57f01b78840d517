import { describe, expect, it } from "vitest";
import { formatSha, formatTask } from "./format";

describe("dataset formatting", () => {
  it("names tasks and shortens digests", () => {
    expect(formatTask("OPEN_QA")).toBe("Open QA");
    expect(formatTask("CLASSIFICATION")).toBe("Classification");
    expect(formatSha("a".repeat(64))).toBe("aaaaaaaaaaaa");
  });
});
