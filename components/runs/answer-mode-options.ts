import { isModeOffered, type TCapabilities } from "@/lib/answer-modes/capabilities";
import { ANSWER_MODES, ANSWER_MODE_NAMES, type TAnswerMode } from "@/lib/answer-modes/modes";

export type TModeOption = { mode: TAnswerMode; name: string; description: string; disabledReason: string | null };

const DESCRIPTIONS: Record<TAnswerMode, string> = {
  FREE_TEXT: "The model writes its answer; it is valid only if it is exactly a label (the article's method).",
  JSON_SCHEMA: "Structured outputs: a JSON object whose label must come from an enum of the labels.",
  GUIDED_CHOICE: "vLLM guided decoding: the reply is forced to be one of the labels.",
  LOGPROBS: "The label whose tokens are most probable in the reply's top log-probabilities.",
};

/**
 * The modes the form offers for the checked models: free text always; another mode is disabled when a checked
 * model's Test connection found it refused or ignored (never-probed models are not held against it).
 */
export function describeModeOptions(
  endpoints: readonly { name: string; capabilities?: TCapabilities | null }[],
  task: "CLASSIFICATION" | "OPEN_QA" | undefined,
): TModeOption[] {
  return ANSWER_MODES.map((mode) => {
    const name = ANSWER_MODE_NAMES[mode];
    if (mode !== "FREE_TEXT" && task === "OPEN_QA")
      return { mode, name, description: DESCRIPTIONS[mode], disabledReason: "Open QA answers are free text." };
    const lacking = endpoints.filter((endpoint) => !isModeOffered(endpoint.capabilities ?? null, mode));
    const disabledReason =
      lacking.length === 0
        ? null
        : `Not supported by ${lacking.map((endpoint) => endpoint.name).join(", ")} (found by Test connection).`;
    return { mode, name, description: DESCRIPTIONS[mode], disabledReason };
  });
}
