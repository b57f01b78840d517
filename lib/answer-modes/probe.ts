import type { TClientEntry } from "@/lib/llm/openai-clients";
import { sendChatOnce, type TAttemptResult } from "@/lib/llm/send-chat";
import type { TLlmEndpoint } from "@/lib/llm/types";
import type { TCapabilities, TModeSupport } from "./capabilities";
import { parseJsonAnswer } from "./json-answer";
import { buildAnswerFormat, type TAnswerMode, type TGuidedChoiceField } from "./modes";

// One tiny question per mode, with a two-label set: cheap, and any honouring endpoint answers on the set.
const PROBE_LABELS = ["yes", "no"];
const PROBE_MESSAGES = [{ role: "user" as const, content: "Is the sky blue? Answer yes or no." }];
const PROBE_MAX_TOKENS = 16;

function classify(mode: TAnswerMode, result: TAttemptResult): TModeSupport {
  if (!result.ok) return result.error.kind === "bad_request" ? "rejected" : "unknown";
  if (mode === "JSON_SCHEMA") return parseJsonAnswer(result.content, PROBE_LABELS).valid ? "supported" : "ignored";
  if (mode === "GUIDED_CHOICE") return PROBE_LABELS.includes(result.content.trim()) ? "supported" : "ignored";
  return result.logprobs ? "supported" : "ignored";
}

/**
 * "Test connection"'s probe of the answer modes: one tiny request per mode, in parallel, no retries, no cache. A 400
 * means the endpoint refuses the mode; a reply that is not on the label set (or has no log-probabilities) means it
 * ignored the request fields, which is worse: a run would quietly get invalid answers.
 */
export async function probeAnswerModes(
  entry: TClientEntry,
  endpoint: TLlmEndpoint,
  guidedChoiceField: TGuidedChoiceField,
  now: () => number,
): Promise<TCapabilities> {
  const modes = ["JSON_SCHEMA", "GUIDED_CHOICE", "LOGPROBS"] as const;
  const results = await Promise.all(
    modes.map(async (mode) => {
      const answerFormat = buildAnswerFormat(mode, PROBE_LABELS, { guidedChoiceField, withLogprobs: false });
      const request = { endpoint, messages: PROBE_MESSAGES, temperature: 0, maxTokens: PROBE_MAX_TOKENS, answerFormat };
      return classify(mode, await sendChatOnce(entry, request, now));
    }),
  );
  return {
    probedAt: new Date(now()).toISOString(),
    JSON_SCHEMA: results[0]!,
    GUIDED_CHOICE: results[1]!,
    LOGPROBS: results[2]!,
  };
}
