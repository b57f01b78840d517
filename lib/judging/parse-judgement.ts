import { parseJudgeRating, type TJudgeRatingStatus } from "./parse-rating";

export type TParsedJudgement = { score: number | null; status: TJudgeRatingStatus; rationale: string };

const BRACKETED = /\[\[\s*[+-]?\d+(?:\.\d+)?\s*\]\]/u;
const MAX_RATIONALE_CHARS = 4_000;

/**
 * The judge's own final rating. parseJudgeRating already takes the LAST `[[n]]`, which defeats an answer quoted
 * before the verdict. A judge may also quote the answer AFTER its verdict; so lines of the answer that carry a
 * bracketed number are cut out of the reply first, and the reply is parsed as is only when nothing is left.
 * (A judge that genuinely writes the same "Rating: [[10]]" line as the answer still gets its 10 that way.)
 */
export function parseJudgement(reply: string, answer: string): TParsedJudgement {
  const quoted = answer
    .normalize("NFKC")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => BRACKETED.test(line));
  let own = reply.normalize("NFKC");
  for (const line of quoted) own = own.replaceAll(line, " ");
  const fromOwn = parseJudgeRating(own);
  const parsed = fromOwn.status === "missing" ? parseJudgeRating(reply) : fromOwn;
  return { ...parsed, rationale: extractRationale(reply) };
}

/** The explanation the judge wrote before its final rating line. */
export function extractRationale(reply: string): string {
  const lines = reply.trimEnd().split(/\r?\n/);
  const last = lines.at(-1) ?? "";
  if (/rating\s*:?\s*\[\[/i.test(last) || /^\s*\[\[/.test(last)) lines.pop();
  const text = lines.join("\n").trim();
  return text.length > MAX_RATIONALE_CHARS ? `${text.slice(0, MAX_RATIONALE_CHARS)}…` : text;
}
