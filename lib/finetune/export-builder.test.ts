import { describe, expect, it } from "vitest";
import { DEFAULT_CLASSIFICATION_TEMPLATE, DEFAULT_OPEN_QA_TEMPLATE } from "@/lib/runs/prompt";
import {
  estimateExampleTokens,
  findRefusals,
  splitValidation,
  summarizePart,
  toChatExample,
  toJsonlLine,
} from "./export-builder";
import { planExport } from "./export-plan";

const LABELS = ["negative", "positive"];

function rows(count: number, text = (i: number) => `row ${i}`) {
  return Array.from({ length: count }, (_, index) => ({
    index,
    input: text(index),
    expected: LABELS[index % 2] ?? "",
  }));
}

describe("toChatExample", () => {
  it("uses the runs' zero-shot classification prompt as the user turn and the label as the assistant turn", () => {
    const example = toChatExample(DEFAULT_CLASSIFICATION_TEMPLATE, LABELS, {
      index: 0,
      input: "Great film",
      expected: "positive",
    });
    const expectedPrompt = DEFAULT_CLASSIFICATION_TEMPLATE.replace("{{labels}}", "- negative\n- positive")
      .replace("{{examples}}", "")
      .replace("{{input}}", "Great film");
    expect(example.messages).toEqual([
      { role: "user", content: expectedPrompt },
      { role: "assistant", content: "positive" },
    ]);
  });

  it("puts the reference answer of an open QA row in the assistant turn", () => {
    const example = toChatExample(DEFAULT_OPEN_QA_TEMPLATE, [], {
      index: 3,
      input: "What is gout?",
      expected: "A joint disease.",
    });
    expect(example.messages.map((message) => message.content)).toEqual(["What is gout?", "A joint disease."]);
  });

  it("does not expand placeholders written inside the input", () => {
    const example = toChatExample(DEFAULT_OPEN_QA_TEMPLATE, [], { index: 0, input: "say {{labels}}", expected: "ok" });
    expect(example.messages[0]?.content).toBe("say {{labels}}");
  });
});

describe("toJsonlLine", () => {
  it("writes one line per row whatever the text holds, and reads back to the same messages", () => {
    const tricky = 'He said "hi"\\n\nnew line\r\ttab \u2028 sep, emoji 🙂 and </script>';
    const example = toChatExample(DEFAULT_OPEN_QA_TEMPLATE, [], { index: 0, input: tricky, expected: tricky });
    const line = toJsonlLine(example);
    expect(line.endsWith("\n")).toBe(true);
    expect(line.slice(0, -1).includes("\n")).toBe(false);
    expect(line.slice(0, -1).includes("\r")).toBe(false);
    expect(JSON.parse(line)).toEqual({
      messages: [
        { role: "user", content: tricky },
        { role: "assistant", content: tricky },
      ],
    });
  });
});

describe("estimateExampleTokens", () => {
  it("counts characters / 4 per message, rounded up, plus the chat framing", () => {
    const example = {
      messages: [
        { role: "user" as const, content: "a".repeat(9) },
        { role: "assistant" as const, content: "bb" },
      ],
    };
    // ceil(9/4) + ceil(2/4) = 3 + 1 content tokens; 4 per message and 3 per example of framing.
    expect(estimateExampleTokens(example)).toBe(3 + 1 + 2 * 4 + 3);
  });
});

describe("splitValidation", () => {
  it("holds out round(n × share) rows, disjoint, covering every row, in dataset order", () => {
    const all = rows(23);
    const { training, validation } = splitValidation(all, 0.2, 7);
    expect(validation).toHaveLength(Math.round(23 * 0.2));
    expect(training).toHaveLength(23 - validation.length);
    const seen = [...training, ...validation].map((row) => row.index).sort((a, b) => a - b);
    expect(seen).toEqual(all.map((row) => row.index));
    for (const part of [training, validation]) {
      expect(part.map((row) => row.index)).toEqual([...part.map((row) => row.index)].sort((a, b) => a - b));
    }
  });

  it("is reproducible for a seed and differs between seeds", () => {
    const all = rows(50);
    const pick = (seed: number) => splitValidation(all, 0.3, seed).validation.map((row) => row.index);
    expect(pick(1)).toEqual(pick(1));
    expect(pick(1)).not.toEqual(pick(2));
  });

  it("keeps every row for training when the share is 0", () => {
    expect(splitValidation(rows(5), 0, 1)).toEqual({ training: rows(5), validation: [] });
  });
});

describe("refusals before upload", () => {
  it("names the row count and the provider's minimum", () => {
    const part = summarizePart([]);
    expect(findRefusals({ ...part, rows: 7 }, [], { minRows: 10, maxRowTokens: 100 })).toEqual([
      "The training file has 7 rows; the provider needs at least 10.",
    ]);
  });

  it("names the rows over the token limit with their counts", () => {
    const long = rows(12, (i) => (i === 4 ? "x".repeat(400) : "short"));
    const plan = planExport(long, {
      template: DEFAULT_OPEN_QA_TEMPLATE,
      labels: [],
      validationShare: 0,
      seed: 0,
      limits: { minRows: 10, maxRowTokens: 50 },
      trainingPricePerM: null,
    });
    const tokens = estimateExampleTokens(plan.training[4]!.example);
    expect(tokens).toBeGreaterThan(50);
    expect(plan.summary.refusals).toEqual([`1 row is over the limit of 50 tokens per example: #4 (${tokens} tokens).`]);
  });
});

describe("planExport", () => {
  it("sums the tokens of the training rows and prices an epoch at the provider's price", () => {
    const plan = planExport(rows(20), {
      template: DEFAULT_CLASSIFICATION_TEMPLATE,
      labels: LABELS,
      validationShare: 0.25,
      seed: 3,
      limits: { minRows: 10, maxRowTokens: 10_000 },
      trainingPricePerM: 8,
    });
    const trainingTokens = plan.training.reduce((sum, row) => sum + estimateExampleTokens(row.example), 0);
    expect(plan.summary.training.rows).toBe(15);
    expect(plan.summary.validation.rows).toBe(5);
    expect(plan.summary.training.tokens).toBe(trainingTokens);
    expect(plan.summary.costPerEpoch).toBeCloseTo((trainingTokens * 8) / 1e6, 12);
    expect(plan.summary.refusals).toEqual([]);
  });
});
