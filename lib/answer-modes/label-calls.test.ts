import { describe, expect, it } from "vitest";
import { findDecisiveGroups, readForcedLabelProbability, scoreLabelAnswer } from "./label-calls";
import { scoreLabels } from "./label-scoring";
import type { TTokenLogprob } from "./logprobs";

const step = (token: string, p: number, top: [string, number][]): TTokenLogprob => ({
  token,
  logprob: Math.log(p),
  top: top.map(([alt, q]) => ({ token: alt, logprob: Math.log(q) })),
});
const forced = (...probabilities: number[]): TTokenLogprob[] =>
  probabilities.map((p, index) => ({ token: `t${index}`, logprob: Math.log(p), top: [] }));

const LABELS = ["Cardiology", "Cardiac surgery", "Neoplasms"];

/** The reply says "Neo" (0.3) while "Card", shared by both cardiac labels, had 0.7 and was never followed. */
const unsureReply = [
  step("Neo", 0.3, [
    ["Card", 0.7],
    ["Neo", 0.3],
  ]),
  step("plasms", 0.9, [["plasms", 0.9]]),
];

function recorder(probabilities: Record<string, TTokenLogprob[] | null>) {
  const asked: string[] = [];
  const scoreLabel = async (label: string) => {
    asked.push(label);
    return { logprobs: probabilities[label] ?? null };
  };
  return { asked, scoreLabel };
}

describe("per-label scoring calls", () => {
  it("divides mass the reply never resolved by one call per label, in proportion to the forced labels' probabilities", async () => {
    // Hand computation: the group's 0.7 goes 0.02 : 0.06 (0.02 = 0.1 × 0.2; 0.06 = 0.2 × 0.3), so Cardiology
    // 0.7 × 1/4 = 0.175, Cardiac surgery 0.7 × 3/4 = 0.525, Neoplasms 0.3: Cardiac surgery with 0.525 of 1.
    const { asked, scoreLabel } = recorder({ Cardiology: forced(0.1, 0.2), "Cardiac surgery": forced(0.2, 0.3) });
    const answer = await scoreLabelAnswer(unsureReply, LABELS, scoreLabel);
    expect(asked.sort()).toEqual(["Cardiac surgery", "Cardiology"]);
    expect(answer).toMatchObject({ label: "Cardiac surgery", valid: true, method: "per-label-calls" });
    expect(answer.confidence).toBeCloseTo(0.525, 12);
  });

  it("splits evenly, saying so, when the endpoint cannot take scoring calls or one of them failed", async () => {
    const even = await scoreLabelAnswer(unsureReply, LABELS, null);
    // 0.35 each for the cardiac labels beats Neoplasms' 0.3; the first of the tied labels wins.
    expect(even).toMatchObject({ label: "Cardiology", method: "split-evenly" });
    expect(even.confidence).toBeCloseTo(0.35, 12);
    const { scoreLabel } = recorder({ Cardiology: forced(0.5), "Cardiac surgery": null });
    expect(await scoreLabelAnswer(unsureReply, LABELS, scoreLabel)).toMatchObject({
      label: "Cardiology",
      method: "split-evenly",
    });
  });

  it("makes no call when no division of the shared mass could change the label or its confidence", async () => {
    // "Neo" at 0.8: the cardiac labels' 0.2, however divided, never reaches it, and Neoplasms' share stays 0.8.
    const sure = [
      step("Neo", 0.8, [
        ["Neo", 0.8],
        ["Card", 0.2],
      ]),
    ];
    const scores = scoreLabels(sure, LABELS);
    expect(scores.groups).toEqual([{ labels: ["Cardiology", "Cardiac surgery"], mass: expect.closeTo(0.2, 12) }]);
    expect(findDecisiveGroups(scores)).toEqual([]);
    const { asked, scoreLabel } = recorder({});
    const answer = await scoreLabelAnswer(sure, LABELS, scoreLabel);
    expect(asked).toEqual([]);
    expect(answer).toMatchObject({ label: "Neoplasms", method: "first-token" });
    expect(answer.confidence).toBeCloseTo(0.8, 12);
  });

  it("names the following tokens when the generated shared first token was followed", async () => {
    const followed = [
      step("Card", 0.9, [
        ["Card", 0.9],
        ["Neo", 0.1],
      ]),
      step("iac", 0.75, [
        ["iac", 0.75],
        ["iology", 0.25],
      ]),
    ];
    const { asked, scoreLabel } = recorder({});
    const answer = await scoreLabelAnswer(followed, LABELS, scoreLabel);
    expect(asked).toEqual([]);
    expect(answer).toMatchObject({ label: "Cardiac surgery", method: "following-tokens" });
    expect(answer.confidence).toBeCloseTo(0.9 * 0.75, 12);
  });

  it("reads a forced label's probability as the product of its tokens' probabilities", () => {
    expect(readForcedLabelProbability(forced(0.5, 0.4))).toBeCloseTo(0.2, 12);
    expect(readForcedLabelProbability(null)).toBeNull();
    expect(readForcedLabelProbability([])).toBeNull();
  });
});
