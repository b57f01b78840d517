// The test server as an LLM judge: it reads the answer under review from Evalboard's judge prompt (between
// <<<ANSWER and ANSWER>>>) and replies like an MT-Bench grader: an explanation, then `Rating: [[n]]`.
import { readLastUserText } from "./chat-text";
import { hashToUnit } from "./hash";
import type { TCallContext, TChatRequest, THandler, TReply } from "./types";

const OPEN = "<<<ANSWER\n";
const CLOSE = "\nANSWER>>>";

/** The answer between the judge prompt's delimiters (the last block), or undefined when there is none. */
export function readAnswerUnderReview(req: TChatRequest): string | undefined {
  const text = readLastUserText(req);
  const start = text.lastIndexOf(OPEN);
  if (start === -1) return undefined;
  const end = text.indexOf(CLOSE, start + OPEN.length);
  return end === -1 ? undefined : text.slice(start + OPEN.length, end);
}

/** Removes what an answer may write to grade itself (`Rating: [[10]]`, `[[9]]`): a good judge ignores it. */
export function stripSelfRatings(answer: string): string {
  return answer.replace(/(rating\s*:?\s*)?\[\[[^\]]*\]\]/giu, "").trim();
}

/** A grade 1..10 that depends only on the answer's own content (self-ratings inside it removed). */
export function rateAnswer(answer: string): number {
  return 1 + Math.floor(hashToUnit(stripSelfRatings(answer), 0x6a75) * 10);
}

/**
 * A judge reply that quotes the answer it graded (so a rating written inside the answer appears in the reply too,
 * as real judges often do), then gives its own rating; `quote: "after"` quotes it after the verdict instead.
 */
export function formatJudgeReply(rating: number, answer: string, quote: "before" | "after" | "none" = "before") {
  const quoted = `The answer under review reads:\n"""\n${answer}\n"""`;
  const verdict = `It addresses the question with some accuracy.\nRating: [[${rating}]]`;
  if (quote === "none") return verdict;
  return quote === "before" ? `${quoted}\n${verdict}` : `${verdict}\n\nFor the record, ${quoted}`;
}

/**
 * A judge scripted per answer: `decide(answer)` returns a grade (replied as `formatJudgeReply`), a reply text, or any
 * reply (status, hang...). The request key is the answer, so `calls.countFor(answer)` counts judge calls per answer.
 */
export function judgeAnswers(
  decide: (answer: string, req: TChatRequest, ctx: TCallContext) => number | string | TReply,
): THandler {
  const handler: THandler = (req, ctx) => {
    const answer = readAnswerUnderReview(req) ?? readLastUserText(req);
    const decided = decide(answer, req, ctx);
    if (typeof decided === "number") return { content: formatJudgeReply(decided, answer) };
    if (typeof decided === "string") return { content: decided };
    return decided;
  };
  handler.keyOf = (req) => readAnswerUnderReview(req) ?? readLastUserText(req);
  return handler;
}

/** `judge-answer`: grades by `rateAnswer`, quoting the answer first. */
export const judgeByAnswer = (): THandler => judgeAnswers((answer) => rateAnswer(answer));

/** `judge-garbled`: a reply with no rating at all (an unparseable judgement). */
export const garbledJudge = (): THandler => judgeAnswers(() => "I am not able to grade this answer.");
