import { ANSWER_MODE_NAMES, ZAnswerMode } from "@/lib/answer-modes/modes";
import { LABEL_SCORING_SUMMARY } from "@/lib/answer-modes/label-scoring";
import { EMBEDDING_CLASSIFIER } from "@/lib/embedding-classifier/naming";

/** "free text", "JSON schema"...; an unknown stored value reads as what it is. */
export function formatAnswerMode(mode: string): string {
  if (mode === EMBEDDING_CLASSIFIER) return "embedding classifier";
  const parsed = ZAnswerMode.safeParse(mode);
  return parsed.success ? ANSWER_MODE_NAMES[parsed.data] : mode;
}

/** Whether (and how) the run used log-probabilities: label scoring says its method. */
export function describeLogprobs(mode: string, withLogprobs: boolean): string {
  if (mode === "LOGPROBS") return LABEL_SCORING_SUMMARY;
  return withLogprobs ? "asked for: confidence per answer" : "not asked for";
}
