import { describe, expect, it } from "vitest";
import { scoreLabels } from "@/lib/answer-modes/label-scoring";
import { readTokenLogprobs } from "@/lib/answer-modes/logprobs";
import { buildLabelSchema } from "@/lib/answer-modes/modes";
import { applyAnswerMode, constrainToLabel, tokenizeForTest } from "./answer-modes";
import type { TChatRequest } from "./types";

const labels = ["Cardiac arrest", "Cardiovascular diseases", "Neoplasms"];
const request = (fields: Record<string, unknown>): TChatRequest => ({
  model: "m",
  messages: [{ role: "user", content: "x" }],
  ...fields,
});

describe("test server answer modes", () => {
  it("wraps the answer in the JSON schema's enum, constraining an off-set answer deterministically", () => {
    const reply = applyAnswerMode(request({ response_format: buildLabelSchema(labels) }), { content: "Neoplasms" });
    expect(reply.content).toBe('{"label":"Neoplasms"}');
    const off = applyAnswerMode(request({ response_format: buildLabelSchema(labels) }), { content: "Oncology" });
    expect(JSON.parse(off.content)).toEqual({ label: constrainToLabel("Oncology", labels) });
    expect(labels).toContain(constrainToLabel("Oncology", labels));
  });

  it("answers a guided choice in either spelling with a bare label", () => {
    expect(applyAnswerMode(request({ guided_choice: labels }), { content: "neoplasms" }).content).toBe("Neoplasms");
    expect(applyAnswerMode(request({ structured_outputs: { choice: labels } }), { content: "Neoplasms" }).content).toBe(
      "Neoplasms",
    );
  });

  it("sends log-probabilities whose tokens spell the reply, with the labels sharing a prefix as alternatives", () => {
    const reply = applyAnswerMode(request({ logprobs: true, top_logprobs: 5 }), {
      content: "Cardiac arrest",
      alternatives: labels,
    });
    const tokens = readTokenLogprobs(reply.logprobs)!;
    expect(tokens.map((token) => token.token).join("")).toBe("Cardiac arrest");
    expect(tokenizeForTest("Cardiac arrest")[0]).toBe("Card");
    // "Card" is shared by two labels; the second token tells them apart, so label scoring picks the one said.
    expect(tokens[1]!.top.map((alt) => alt.token)).toContain("iova");
    expect(scoreLabels(tokens, labels).label).toBe("Cardiac arrest");
  });

  it("sends nothing extra when ignoring the fields, and no log-probabilities for no-logprobs", () => {
    const asked = request({ response_format: buildLabelSchema(labels), logprobs: true });
    expect(applyAnswerMode(asked, { content: "Neoplasms", answerMode: "ignore" })).toEqual({
      content: "Neoplasms",
      answerMode: "ignore",
    });
    expect(applyAnswerMode(asked, { content: "Neoplasms", answerMode: "no-logprobs" }).logprobs).toBeNull();
  });
});
