import { ApiError } from "@/lib/api/errors";
import { findLabelSetProblem } from "./label-set";
import { ANSWER_MODE_NAMES, type TAnswerMode } from "./modes";

/**
 * Run creation's check of the answer mode (422 naming `answerMode`): a mode other than free text needs a
 * classification dataset whose labels can be put in a JSON enum and scored token by token.
 */
export function checkAnswerMode(
  input: { answerMode?: TAnswerMode },
  dataset: { task: string; labels: readonly string[] },
): void {
  const answerMode = input.answerMode ?? "FREE_TEXT";
  if (answerMode === "FREE_TEXT") return;
  const mode = ANSWER_MODE_NAMES[answerMode];
  if (dataset.task !== "CLASSIFICATION") {
    const message = `The ${mode} answer mode needs a classification dataset: open QA answers are free text.`;
    throw new ApiError(422, "invalid_answer_mode", message, [{ path: "answerMode", message }]);
  }
  const problem = findLabelSetProblem(dataset.labels);
  if (problem) {
    const message = `The ${mode} answer mode cannot use this dataset's labels. ${problem}`;
    throw new ApiError(422, "invalid_labels_for_answer_mode", message, [{ path: "answerMode", message }]);
  }
}
