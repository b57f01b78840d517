import { z } from "zod";

/** How a run asks for its answers and reads them (issue 16). FREE_TEXT is the article's method and the default. */
export const ANSWER_MODES = ["FREE_TEXT", "JSON_SCHEMA", "GUIDED_CHOICE", "LOGPROBS"] as const;
export const ZAnswerMode = z.enum(ANSWER_MODES);
export type TAnswerMode = z.infer<typeof ZAnswerMode>;

/** vLLM's two spellings of a guided choice: `guided_choice` (up to 0.10) and `structured_outputs: { choice }`. */
export const GUIDED_CHOICE_FIELDS = ["guided_choice", "structured_outputs"] as const;
export const ZGuidedChoiceField = z.enum(GUIDED_CHOICE_FIELDS);
export type TGuidedChoiceField = z.infer<typeof ZGuidedChoiceField>;

export const ANSWER_MODE_NAMES: Record<TAnswerMode, string> = {
  FREE_TEXT: "free text",
  JSON_SCHEMA: "JSON schema",
  GUIDED_CHOICE: "guided choice",
  LOGPROBS: "label log-probabilities",
};

/**
 * Alternatives asked for with each token in LOGPROBS mode (OpenAI allows 0..20), where label scoring reads them. The
 * other modes read only the generated tokens' own log-probabilities (the answer's confidence), so they ask for none:
 * twenty alternatives per token make every reply several times larger to send, parse and cache.
 */
export const TOP_LOGPROBS = 20;

/** The extra request fields of a mode; merged into the chat request body and part of the response cache key. */
export type TAnswerFormat = { body: Record<string, unknown>; logprobs: boolean };

/** The request fields a mode sends for a label set; null for free text without log-probabilities. */
export function buildAnswerFormat(
  mode: TAnswerMode,
  labels: readonly string[],
  options: { guidedChoiceField: TGuidedChoiceField; withLogprobs: boolean },
): TAnswerFormat | null {
  const logprobs = options.withLogprobs || mode === "LOGPROBS";
  const body: Record<string, unknown> = logprobs ? { logprobs: true } : {};
  if (mode === "LOGPROBS") body.top_logprobs = TOP_LOGPROBS;
  if (mode === "JSON_SCHEMA") body.response_format = buildLabelSchema(labels);
  if (mode === "GUIDED_CHOICE") {
    const choices = [...labels];
    if (options.guidedChoiceField === "guided_choice") body.guided_choice = choices;
    else body.structured_outputs = { choice: choices };
  }
  return Object.keys(body).length === 0 ? null : { body, logprobs };
}

/** OpenAI structured outputs: an object with one `label` property, an enum of the label set, strict. */
export function buildLabelSchema(labels: readonly string[]) {
  return {
    type: "json_schema",
    json_schema: {
      name: "label",
      strict: true,
      schema: {
        type: "object",
        properties: { label: { type: "string", enum: [...labels] } },
        required: ["label"],
        additionalProperties: false,
      },
    },
  };
}
