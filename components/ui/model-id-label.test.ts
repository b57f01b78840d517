import { describe, expect, it } from "vitest";
import { formatModelIdLabel } from "./model-id-label";

describe("formatModelIdLabel", () => {
  it("names a built-in model by its kind, without the dataset id", () => {
    expect(formatModelIdLabel("naive-bayes:01a23436-89af-77ab-a1fd-d9161e6f87f7")).toBe("naive-bayes (built-in)");
  });

  it("keeps ordinary ids, and cuts long ones in the middle keeping both ends", () => {
    expect(formatModelIdLabel("gpt-4o-mini")).toBe("gpt-4o-mini");
    expect(formatModelIdLabel("naive-bayes:not-a-uuid")).toBe("naive-bayes:not-a-uuid");
    const long = "ft:gpt-4o-mini-2024-07-18:acme-research:medical-abstracts:9xYzAbCd";
    expect(formatModelIdLabel(long)).toBe("ft:gpt-4o-mini-2024-07-18:a…cts:9xYzAbCd");
  });
});
