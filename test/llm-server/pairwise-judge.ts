// The test server as a pairwise judge (MT-Bench's pairwise prompt): it reads the two answers between the
// "[The Start of Assistant A's Answer]" / "[The End of ...]" markers and replies with an explanation and a verdict,
// [[A]], [[B]] or [[C]], decided by a known function of the two answers and their order (`decidePairwise`).
import { readLastUserText } from "./chat-text";
import type { THandler } from "./types";

/**
 * `longer`: the longer answer wins, equal lengths tie (no position bias: consistent in both orders).
 * `biased`: the longer answer wins when it is at least 1.5 times as long; otherwise Assistant A (the answer shown
 *   first) wins: a known position bias on close calls.
 * `first`: always [[A]] (consistency 0% on every decisive pair). `garbled`: never a verdict.
 */
export type TPairwiseRule = "longer" | "biased" | "first" | "garbled";
export const PAIRWISE_RULES: readonly TPairwiseRule[] = ["longer", "biased", "first", "garbled"];

export function decidePairwise(rule: TPairwiseRule, shownFirst: string, shownSecond: string): "A" | "B" | "C" | null {
  if (rule === "garbled") return null;
  if (rule === "first") return "A";
  const a = shownFirst.length;
  const b = shownSecond.length;
  if (rule === "biased" && Math.max(a, b) < 1.5 * Math.min(a, b)) return "A";
  return a > b ? "A" : a < b ? "B" : "C";
}

/** The answer between one assistant's markers, or undefined when the prompt has none. */
export function readAssistantAnswer(text: string, label: "A" | "B"): string | undefined {
  const open = `[The Start of Assistant ${label}'s Answer]\n`;
  const close = `\n[The End of Assistant ${label}'s Answer]`;
  const start = text.lastIndexOf(open);
  if (start === -1) return undefined;
  const end = text.indexOf(close, start + open.length);
  return end === -1 ? undefined : text.slice(start + open.length, end);
}

/** `pairwise-<rule>`: replies to Evalboard's pairwise prompt by `decidePairwise`. */
export function pairwiseJudge(rule: TPairwiseRule): THandler {
  return (req) => {
    const text = readLastUserText(req);
    const first = readAssistantAnswer(text, "A") ?? "";
    const second = readAssistantAnswer(text, "B") ?? "";
    const verdict = decidePairwise(rule, first, second);
    if (verdict === null) return { content: "Both answers have their merits; I cannot decide between them." };
    const reason =
      verdict === "C" ? "Both answers are equally complete." : `Assistant ${verdict}'s answer is more complete.`;
    return { content: `Comparing the two answers: ${reason}\n[[${verdict}]]` };
  };
}
