import { ANSWER_MODE_NAMES, type TAnswerMode } from "./modes";

// A 400 that names one of the fields a mode adds is the endpoint refusing the mode, not one sample's fault.
const MODE_FIELD = /response_format|json_schema|schema|guided|structured_outputs|logprob|choice/iu;

/**
 * The run-stopping message when an endpoint refuses the run's answer mode, or null for any other error. Every
 * further sample would be refused the same way, so the run stops once, naming the mode, instead of one 400 each.
 */
export function findModeRejection(
  mode: TAnswerMode,
  withLogprobs: boolean,
  error: { kind: string; message: string },
): string | null {
  if (error.kind !== "bad_request" || (mode === "FREE_TEXT" && !withLogprobs)) return null;
  if (!MODE_FIELD.test(error.message)) return null;
  const what = mode === "FREE_TEXT" ? "log-probabilities" : `answer mode "${ANSWER_MODE_NAMES[mode]}"`;
  return `The endpoint rejected ${what}: ${error.message} Choose another answer mode for this endpoint.`;
}
