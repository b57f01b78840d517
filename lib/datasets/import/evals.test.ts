import { describe, expect, it } from "vitest";
import { DatasetInputError } from "../errors";
import { mapEvalsRow } from "./evals";

const row = (values: Record<string, unknown>, line = 4) => ({
  line,
  values: Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, typeof value === "string" ? value : JSON.stringify(value)]),
  ),
});

describe("mapEvalsRow", () => {
  it("maps chat messages and ideal onto input, expected and system", () => {
    const messages = [
      { role: "system", content: "Be brief." },
      { role: "user", content: "Q1" },
      { role: "assistant", content: "A1" },
      { role: "user", content: "Q2" },
    ];
    const mapped = mapEvalsRow(row({ input: messages, ideal: ["A2", "a2"], topic: "t" }), {
      fileName: "f.jsonl",
      row: 3,
    });
    expect(mapped.values).toEqual({
      input: "Q2",
      expected: "A2",
      system: "Be brief.",
      ideal: '["A2","a2"]',
      topic: "t",
    });
  });

  it.each([
    ["a plain string", "What is 2+2?", "input"],
    ["messages without content", [{ role: "user" }], "input"],
    ["no user message", [{ role: "system", content: "x" }], "input"],
  ])("refuses an input that is %s, naming the row and field", (_, input, column) => {
    const attempt = () => mapEvalsRow(row({ input, ideal: "4" }), { fileName: "f.jsonl", row: 3 });
    expect(attempt).toThrow(DatasetInputError);
    expect(attempt).toThrow(/^f\.jsonl, row 3 \(line 4\): /);
    try {
      attempt();
    } catch (error) {
      expect(error).toMatchObject({ code: "unsupported_shape", row: 3, line: 4, column });
    }
  });

  it("refuses an ideal that is not text", () => {
    const attempt = () =>
      mapEvalsRow(row({ input: [{ role: "user", content: "Q" }], ideal: [1, 2] }), { fileName: "f.jsonl", row: 1 });
    expect(attempt).toThrow(/ideal/);
  });
});
