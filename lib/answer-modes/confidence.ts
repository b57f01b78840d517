import type { TTokenLogprob } from "./logprobs";

/**
 * The probability the model gave its answer: the product of the probabilities of the generated tokens that spell
 * the answer inside the reply (for JSON, the label inside `{"label": ...}`; the braces are not the answer). When the
 * answer cannot be located in the tokens, every generated token counts. Null without log-probabilities.
 */
export function findAnswerConfidence(
  content: string,
  tokens: readonly TTokenLogprob[] | null,
  answer: string | null,
): number | null {
  if (!tokens || tokens.length === 0) return null;
  const text = tokens.map((item) => item.token).join("");
  const at = answer ? text.toLowerCase().indexOf(answer.toLowerCase()) : -1;
  const [start, end] = at >= 0 && answer ? [at, at + answer.length] : [0, text.length];
  let logprob = 0;
  let offset = 0;
  for (const item of tokens) {
    const tokenEnd = offset + item.token.length;
    if (tokenEnd > start && offset < end) logprob += item.logprob;
    offset = tokenEnd;
  }
  // `content` is what the row keeps; tokens that do not spell it (a proxy that rewrote the text) give no confidence.
  if (text.trim() !== content.trim()) return null;
  return Math.exp(logprob);
}
