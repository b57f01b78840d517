import type { TChatMessage, TChatRequest } from "./types";

/** The text of a message whether its content is a string or an array of text parts. */
export function readMessageText(message: TChatMessage): string {
  const { content } = message;
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  let text = "";
  for (const part of content) if (typeof part.text === "string") text += part.text;
  return text;
}

export function readLastUserText(req: TChatRequest): string {
  for (let i = req.messages.length - 1; i >= 0; i--) {
    const message = req.messages[i];
    if (message?.role === "user") return readMessageText(message);
  }
  return "";
}

export function readFirstLine(text: string): string {
  const end = text.search(/\r?\n/);
  return end === -1 ? text : text.slice(0, end);
}

/** Roughly 4 characters per token, like OpenAI's rule of thumb; never 0 so cost computations see a charge. */
export function estimateTokens(chars: number): number {
  return Math.max(1, Math.ceil(chars / 4));
}

export function countPromptChars(req: TChatRequest): number {
  let chars = 0;
  for (const message of req.messages) chars += readMessageText(message).length;
  return chars;
}
