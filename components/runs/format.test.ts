import { describe, expect, it } from "vitest";
import {
  computeProgress,
  formatErrorKind,
  formatEta,
  formatLatency,
  formatPercent,
  formatRate,
  formatRunCost,
  formatScore,
  formatShots,
  formatStatus,
  formatUsd,
  isActiveStatus,
} from "./format";

describe("missing values", () => {
  it("render as a dash or unknown, never as zero", () => {
    expect(formatPercent(null)).toBe("—");
    expect(formatPercent(Number.NaN)).toBe("—");
    expect(formatScore(null)).toBe("—");
    expect(formatRate(null)).toBe("—");
    expect(formatEta(null)).toBe("—");
    expect(formatLatency(null)).toBe("—");
    expect(formatUsd(null)).toBe("unknown");
  });
});

describe("formatUsd", () => {
  it("keeps enough digits for fractions of a cent", () => {
    expect(formatUsd(0)).toBe("$0.00");
    expect(formatUsd(0.00004)).toBe("<$0.0001");
    expect(formatUsd(0.0123)).toBe("$0.0123");
    expect(formatUsd(0.5)).toBe("$0.50");
    expect(formatUsd(12.345)).toBe("$12.35");
    expect(formatUsd(1234.5)).toBe("$1,235");
  });
});

describe("formatRunCost", () => {
  it("has nothing to say before the first answer, and says unknown without prices", () => {
    expect(formatRunCost(null, 0)).toBe("—");
    expect(formatRunCost(null, 12)).toBe("unknown");
    expect(formatRunCost(0.25, 12)).toBe("$0.25");
  });
});

describe("formatPercent and formatScore", () => {
  it("show proportions as percentages and scores as decimals", () => {
    expect(formatPercent(0.8153)).toBe("81.5%");
    expect(formatPercent(1)).toBe("100.0%");
    expect(formatScore(0.8153)).toBe("0.815");
  });
});

describe("formatRate", () => {
  it("switches to per minute below one per second", () => {
    expect(formatRate(3.44)).toBe("3.4/s");
    expect(formatRate(0.5)).toBe("30.0/min");
    expect(formatRate(0)).toBe("—");
  });
});

describe("formatEta", () => {
  it("reads like a person would say it", () => {
    expect(formatEta(44.6)).toBe("45 s");
    expect(formatEta(200)).toBe("3 min 20 s");
    expect(formatEta(180)).toBe("3 min");
    expect(formatEta(7500)).toBe("2 h 5 min");
    expect(formatEta(-1)).toBe("—");
  });
});

describe("formatLatency", () => {
  it("uses ms below a second", () => {
    expect(formatLatency(123.4)).toBe("123 ms");
    expect(formatLatency(1234)).toBe("1.23 s");
    expect(formatLatency(12_345)).toBe("12.3 s");
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
