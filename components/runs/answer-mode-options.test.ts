import { describe, expect, it } from "vitest";
import type { TCapabilities } from "@/lib/answer-modes/capabilities";
import { describeModeOptions } from "./answer-mode-options";

const probed = (patch: Partial<TCapabilities>): TCapabilities => ({
  probedAt: "2026-12-03T00:00:00.000Z",
  JSON_SCHEMA: "supported",
  GUIDED_CHOICE: "supported",
  LOGPROBS: "supported",
  ...patch,
});

describe("describeModeOptions", () => {
  it("offers every mode for models never probed or supporting them", () => {
    const options = describeModeOptions([{ name: "a" }, { name: "b", capabilities: probed({}) }], "CLASSIFICATION");
    expect(options.map((option) => option.disabledReason)).toEqual([null, null, null, null]);
  });

  it("disables a mode a checked model refused or ignored, naming the model", () => {
    const options = describeModeOptions(
      [
        { name: "gpt", capabilities: probed({ GUIDED_CHOICE: "rejected" }) },
        { name: "proxy", capabilities: probed({ JSON_SCHEMA: "ignored", GUIDED_CHOICE: "unknown" }) },
      ],
      "CLASSIFICATION",
    );
    const reasons = Object.fromEntries(options.map((option) => [option.mode, option.disabledReason]));
    expect(reasons.FREE_TEXT).toBeNull();
    expect(reasons.JSON_SCHEMA).toMatch(/Not supported by proxy/);
    expect(reasons.GUIDED_CHOICE).toMatch(/Not supported by gpt\b/);
    expect(reasons.LOGPROBS).toBeNull();
  });

  it("keeps open QA to free text", () => {
    const options = describeModeOptions([], "OPEN_QA");
    expect(options.filter((option) => option.disabledReason === null).map((option) => option.mode)).toEqual([
      "FREE_TEXT",
    ]);
  });
});
