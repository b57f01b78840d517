import { randomUUID } from "node:crypto";
import { z } from "zod";
import { ZLocalAnswerModeFields } from "./answer-modes";

const ZContentPart = z.object({ type: z.string(), text: z.string().optional() });

const ZMessage = z.object({
  role: z.string(),
  content: z.union([z.string(), z.array(ZContentPart), z.null()]).optional(),
});

/** The part of an OpenAI chat-completions request the local models read; other fields are accepted and ignored. */
export const ZChatCompletionRequest = z.object({
  model: z.string().min(1).max(300),
  messages: z.array(ZMessage).min(1),
  max_tokens: z.number().int().positive().nullish(),
  max_completion_tokens: z.number().int().positive().nullish(),
  stream: z.boolean().nullish(),
  ...ZLocalAnswerModeFields,
});

export type TChatCompletionRequest = z.infer<typeof ZChatCompletionRequest>;

type TMessage = z.infer<typeof ZMessage>;

function readContent(message: TMessage): string {
  const { content } = message;
  if (typeof content === "string") return content;
  return (content ?? []).map((part) => part.text ?? "").join("");
}

/** The last user message's text (the whole conversation's last message when no user spoke). */
export function readLastUserText(messages: readonly TMessage[]): string {
  const user = messages.findLast((message) => message.role === "user") ?? messages.at(-1);
  return user ? readContent(user) : "";
}

/** Tokens are estimated as characters / 4, the usual rule of thumb for English: cost and throughput stay plausible. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/**
 * An OpenAI-shaped completion. The answer is cut at max_tokens (estimated) with finish_reason "length", as a real
 * server would, so a long retrieved answer cannot exceed what the run asked for.
 */
export function buildCompletion(request: TChatCompletionRequest, answer: string, now = Date.now()) {
  const maxTokens = request.max_completion_tokens ?? request.max_tokens ?? null;
  const truncated = maxTokens !== null && estimateTokens(answer) > maxTokens;
  const content = truncated ? answer.slice(0, maxTokens * 4) : answer;
  const promptTokens = estimateTokens(request.messages.map(readContent).join("\n"));
  const completionTokens = estimateTokens(content);
  return {
    id: `chatcmpl-local-${randomUUID()}`,
    object: "chat.completion" as const,
    created: Math.floor(now / 1000),
    model: request.model,
    choices: [
      {
        index: 0,
        message: { role: "assistant" as const, content, refusal: null },
        logprobs: null,
        finish_reason: truncated ? ("length" as const) : ("stop" as const),
      },
    ],
    usage: {
      prompt_tokens: promptTokens,
      completion_tokens: completionTokens,
      total_tokens: promptTokens + completionTokens,
    },
  };
}
