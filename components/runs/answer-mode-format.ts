import { ANSWER_MODE_NAMES, ZAnswerMode } from "@/lib/answer-modes/modes";
import { LABEL_SCORING_SUMMARY } from "@/lib/answer-modes/label-scoring";
import { EMBEDDING_CLASSIFIER } from "@/lib/embedding-classifier/naming";
import {
  LABEL_SCORING_METHOD_NAMES,
  LABEL_SCORING_METHODS,
  type TLabelScoringMethod,
} from "@/lib/answer-modes/label-calls";
import { formatCount } from "@/components/ui/format";

/** "free text", "JSON schema"...; an unknown stored value reads as what it is. */
export function formatAnswerMode(mode: string): string {
  if (mode === EMBEDDING_CLASSIFIER) return "embedding classifier";
  const parsed = ZAnswerMode.safeParse(mode);
  return parsed.success ? ANSWER_MODE_NAMES[parsed.data] : mode;
}

/**
 * Whether (and how) the run used log-probabilities. Label scoring says its method: once the run has completed, the
 * answers each method read ("label scoring: 180 by first-token probabilities, 20 by one scoring call per label").
 */
export function describeLogprobs(
  mode: string,
  withLogprobs: boolean,
  methods?: Partial<Record<TLabelScoringMethod, number>>,
): string {
  if (mode === "LOGPROBS") {
    const used = LABEL_SCORING_METHODS.filter((method) => (methods?.[method] ?? 0) > 0);
    if (used.length === 0) return LABEL_SCORING_SUMMARY;
    const parts = used.map((method) => `${formatCount(methods![method]!)} ${LABEL_SCORING_METHOD_NAMES[method]}`);
    return `label scoring: ${parts.join(", ")}`;
  }
  return withLogprobs ? "asked for: confidence per answer" : "not asked for";
}
