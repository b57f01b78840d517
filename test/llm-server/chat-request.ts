import { z } from "zod";

// Loose objects: fields the server does not use (temperature, seed, tools...) are kept, not rejected, like OpenAI.
export const ZChatContentPart = z.looseObject({ type: z.string(), text: z.string().optional() });

export const ZChatMessage = z.looseObject({
  role: z.string(),
  content: z
    .union([z.string(), z.array(ZChatContentPart)])
    .nullable()
    .optional(),
});

export const ZChatRequest = z.looseObject({
  model: z.string().min(1),
  messages: z.array(ZChatMessage).min(1),
  stream: z.boolean().nullable().optional(),
  stream_options: z.looseObject({ include_usage: z.boolean().optional() }).nullable().optional(),
});

export type TChatContentPart = z.infer<typeof ZChatContentPart>;
export type TChatMessage = z.infer<typeof ZChatMessage>;
/** The parsed body of `POST /v1/chat/completions`. */
export type TChatRequest = z.infer<typeof ZChatRequest>;

/** A one-line reason for a 400, in the spirit of OpenAI's messages. */
export function describeRequestIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "Invalid request body.";
  const path = issue.path.map(String).join(".");
  return path ? `Invalid value for '${path}': ${issue.message}` : issue.message;
}
