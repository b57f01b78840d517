import { describe, expect, it } from "vitest";
import {
  formatBytes,
  formatCount,
  formatDateTime,
  formatDuration,
  formatEta,
  formatInterval,
  formatLatency,
  formatPercent,
  formatPValue,
  formatRate,
  formatRows,
  formatScore,
  formatUsd,
} from "./format";

describe("missing values", () => {
  it("render as a dash or unknown, never as zero", () => {
    expect(formatPercent(null)).toBe("—");
    expect(formatPercent(Number.NaN)).toBe("—");
    expect(formatPercent(null, "auto")).toBe("—");
    expect(formatScore(null)).toBe("—");
    expect(formatRate(null)).toBe("—");
    expect(formatEta(null)).toBe("—");
    expect(formatLatency(null)).toBe("—");
    expect(formatDateTime(null)).toBe("—");
    expect(formatDateTime("not a date")).toBe("—");
    expect(formatUsd(null)).toBe("unknown");
  });
});

describe("counts", () => {
  it("use separators and the right plural", () => {
    expect(formatCount(1234567)).toBe("1,234,567");
    expect(formatRows(1_000_000)).toBe("1,000,000 rows");
    expect(formatRows(1)).toBe("1 row");
    expect(formatRows(2, "label")).toBe("2 labels");
  });
});

describe("formatPercent and formatScore", () => {
  it("show metrics with a fixed number of decimals so columns line up", () => {
    expect(formatPercent(0.8153)).toBe("81.5%");
    expect(formatPercent(1)).toBe("100.0%");
    expect(formatPercent(0.42, 0)).toBe("42%");
    expect(formatScore(0.8153)).toBe("0.815");
    expect(formatScore(7.254, 2)).toBe("7.25");
  });

  it("drop a decimal that says nothing for typed settings", () => {
    expect(formatPercent(0.2, "auto")).toBe("20%");
    expect(formatPercent(0.125, "auto")).toBe("12.5%");
  });
});

describe("formatUsd", () => {
  it("keeps enough digits for fractions of a cent", () => {
    expect(formatUsd(0)).toBe("$0.00");
    expect(formatUsd(0.00004)).toBe("<$0.0001");
    expect(formatUsd(0.0123)).toBe("$0.0123");
    expect(formatUsd(0.075)).toBe("$0.075");
    expect(formatUsd(0.5)).toBe("$0.50");
    expect(formatUsd(12.345)).toBe("$12.35");
    expect(formatUsd(1234.5)).toBe("$1,235");
  });
});

describe("sizes and dates", () => {
  it("sizes files in powers of 1000", () => {
    expect(formatBytes(245_123)).toBe("245.1 KB");
    expect(formatBytes(999)).toBe("999 bytes");
  });

  it("shows dates in UTC so server and browser render the same text", () => {
    expect(formatDateTime("2026-11-26T13:05:00.000Z")).toBe("26 Nov 2026, 13:05 UTC");
  });
});

describe("durations", () => {
  it("formats timeouts in seconds or whole minutes", () => {
    expect(formatDuration(60_000)).toBe("1 min");
    expect(formatDuration(600_000)).toBe("10 min");
    expect(formatDuration(1500)).toBe("1.5 s");
    expect(formatDuration(90_000)).toBe("90 s");
  });

  it("uses ms below a second for latencies", () => {
    expect(formatLatency(123.4)).toBe("123 ms");
    expect(formatLatency(1234)).toBe("1.23 s");
    expect(formatLatency(12_345)).toBe("12.3 s");
  });

  it("switches rates to per minute below one per second", () => {
    expect(formatRate(3.44)).toBe("3.4/s");
    expect(formatRate(0.5)).toBe("30.0/min");
    expect(formatRate(0)).toBe("—");
  });

  it("reads remaining time like a person would say it", () => {
    expect(formatEta(44.6)).toBe("45 s");
    expect(formatEta(200)).toBe("3 min 20 s");
    expect(formatEta(180)).toBe("3 min");
    expect(formatEta(7500)).toBe("2 h 5 min");
    expect(formatEta(-1)).toBe("—");
  });
});

describe("formatInterval", () => {
  it("writes a proportion and its interval as percentages, with the unit when the range stands alone", () => {
    expect(formatInterval({ estimate: 0.76, low: 0.668, high: 0.8333 })).toEqual({
      value: "76.0%",
      range: "66.8–83.3",
    });
    expect(formatInterval({ estimate: 0.8153, low: 0.772, high: 0.851 }, "percent", { rangeUnit: true })).toEqual({
      value: "81.5%",
      range: "77.2–85.1%",
    });
  });

  it("writes scores with three decimals and judge grades with two", () => {
    expect(formatInterval({ estimate: 0.8153, low: 0.7421, high: 0.881 }, "score")).toEqual({
      value: "0.815",
      range: "0.742–0.881",
    });
    expect(formatInterval({ estimate: 7.4166, low: 6.98, high: 7.851 }, "grade")).toEqual({
      value: "7.42",
      range: "6.98–7.85",
    });
    expect(formatInterval({ estimate: 9, low: null, high: null }, "grade")).toEqual({ value: "9.00", range: null });
  });

  it("shows a dash for an unknown estimate and no range for an unknown interval", () => {
    expect(formatInterval({ estimate: null, low: null, high: null })).toEqual({ value: "—", range: null });
    expect(formatInterval(null)).toEqual({ value: "—", range: null });
    expect(formatInterval({ estimate: 0.5, low: null, high: null })).toEqual({ value: "50.0%", range: null });
  });
});

describe("formatPValue", () => {
  it("writes p-values readably, with or without the p", () => {
    expect(formatPValue(0.21875)).toBe("p = 0.219");
    expect(formatPValue(0.0001)).toBe("p < 0.001");
    expect(formatPValue(0.21875, { bare: true })).toBe("0.219");
    expect(formatPValue(0.0001, { bare: true })).toBe("< 0.001");
  });
});
