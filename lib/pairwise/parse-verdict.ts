import { extractRationale } from "@/lib/judging/parse-judgement";

/** A verdict as presented to the judge: A (the answer shown first) better, B better, or C (a tie). */
export type TShownVerdict = "A" | "B" | "C";
export type TParsedVerdict = { verdict: TShownVerdict | null; status: "ok" | "missing"; rationale: string };

const VERDICT = /\[\[\s*([ABC])\s*\]\]/giu;
const MAX_REPLY_CHARS = 100_000;

/**
 * The judge's own final verdict: the LAST `[[A]]`, `[[B]]` or `[[C]]` of its reply (a judge that first quotes the
 * instructions' "[[A]] if assistant A is better" still ends with its own). The answers' own `[[A]]` never reach the
 * judge as such (prompt.ts defuses them). No verdict is a parse failure, never a silent tie.
 */
export function parsePairwiseVerdict(reply: string): TParsedVerdict {
  const text = reply.slice(-MAX_REPLY_CHARS).normalize("NFKC");
  let last: string | undefined;
  for (const match of text.matchAll(VERDICT)) last = match[1];
  const verdict = last ? (last.toUpperCase() as TShownVerdict) : null;
  return { verdict, status: verdict ? "ok" : "missing", rationale: extractRationale(reply) };
}
