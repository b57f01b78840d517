import { describe, expect, it } from "vitest";
import { parseJsonAnswer } from "./json-answer";

const labels = ["Neoplasms", "Digestive system diseases", "Cardiovascular diseases"];

describe("parseJsonAnswer", () => {
  it("reads the label of a JSON object", () => {
    expect(parseJsonAnswer('{"label":"Neoplasms"}', labels)).toEqual({ label: "Neoplasms", valid: true });
    expect(parseJsonAnswer(' \n{ "label" : "Cardiovascular diseases" }\n', labels)).toEqual({
      label: "Cardiovascular diseases",
      valid: true,
    });
  });

  it("tolerates a json code fence", () => {
    expect(parseJsonAnswer('```json\n{"label":"Neoplasms"}\n```', labels).label).toBe("Neoplasms");
  });

  it("refuses malformed JSON, other shapes and labels off the set", () => {
    for (const raw of [
      '{"label":"Neoplasms"',
      "Neoplasms",
      '["Neoplasms"]',
      '{"category":"Neoplasms"}',
      '{"label":"neoplasms"}',
      '{"label":"Oncology"}',
      '{"label":3}',
      "null",
    ]) {
      expect(parseJsonAnswer(raw, labels), raw).toEqual({ label: null, valid: false });
    }
  });

  it("refuses a reply too long to be a label object without parsing it", () => {
    expect(parseJsonAnswer(`{"label":"Neoplasms","pad":"${"x".repeat(20_000)}"}`, labels).valid).toBe(false);
  });
});
