import { describe, expect, it } from "vitest";
import { computeProgress, formatErrorKind, formatRunCost, formatShots, formatStatus, isActiveStatus } from "./format";

describe("formatRunCost", () => {
  it("has nothing to say before the first answer, and says unknown without prices", () => {
    expect(formatRunCost(null, 0)).toBe("—");
    expect(formatRunCost(null, 12)).toBe("unknown");
    expect(formatRunCost(0.25, 12)).toBe("$0.25");
  });
});

describe("run helpers", () => {
  it("knows which statuses are still going", () => {
    expect(isActiveStatus("QUEUED")).toBe(true);
    expect(isActiveStatus("RUNNING")).toBe(true);
    expect(isActiveStatus("COMPLETED")).toBe(false);
    expect(isActiveStatus("FAILED")).toBe(false);
    expect(isActiveStatus("CANCELLED")).toBe(false);
    expect(formatStatus("CANCELLED")).toBe("Cancelled");
  });

  it("clamps progress to [0, 1] and treats an empty run as not started", () => {
    expect(computeProgress(50, 200)).toBe(0.25);
    expect(computeProgress(250, 200)).toBe(1);
    expect(computeProgress(0, 0)).toBe(0);
  });

  it("names shots and error kinds", () => {
    expect(formatShots(0)).toBe("zero-shot");
    expect(formatShots(3)).toBe("3-shot");
    expect(formatErrorKind("auth")).toBe("Authentication refused");
    expect(formatErrorKind("weird_thing")).toBe("weird thing");
  });
});
