import { createClassAnswerParser } from "@/lib/classification/parse-answer";
import type { TTokenLogprob } from "./logprobs";
import { findAnswerConfidence } from "./confidence";
import { parseJsonAnswer } from "./json-answer";
import { scoreLabels } from "./label-scoring";
import type { TAnswerMode } from "./modes";

export type TReadAnswer = { label: string | null; valid: boolean; confidence: number | null };

// One parser per label set: building it normalises every label, which is not worth doing per sample.
const parsers = new WeakMap<readonly string[], ReturnType<typeof createClassAnswerParser>>();

function parseFreeText(content: string, labels: readonly string[]) {
  let parse = parsers.get(labels);
  if (!parse) parsers.set(labels, (parse = createClassAnswerParser(labels)));
  return parse(content);
}

/**
 * Reads a classification answer the way its run's mode asks: the label and, when log-probabilities came back, the
 * probability of that answer. Free text and guided choice use the lenient label parser (a guided reply is a label
 * by construction, a server that ignored the field may still answer `Label: x`); JSON schema reads `label` from
 * the JSON; label scoring picks the most probable label from top_logprobs, falling back to the text without them.
 */
export function readClassAnswer(
  mode: TAnswerMode,
  content: string,
  logprobs: readonly TTokenLogprob[] | null,
  labels: readonly string[],
): TReadAnswer {
  if (mode === "LOGPROBS" && logprobs) {
    const scored = scoreLabels(logprobs, labels);
    return { label: scored.label, valid: scored.label !== null, confidence: scored.confidence };
  }
  const parsed = mode === "JSON_SCHEMA" ? parseJsonAnswer(content, labels) : parseFreeText(content, labels);
  const answerText = mode === "JSON_SCHEMA" ? parsed.label : parsed.valid ? content.trim() : null;
  return { label: parsed.label, valid: parsed.valid, confidence: findAnswerConfidence(content, logprobs, answerText) };
}
