import { z } from "zod";
import { extractText } from "../extract-text";
import type { TLabelledText } from "../naive-bayes";

const ZMessage = z.object({ role: z.enum(["system", "user", "assistant"]), content: z.string() });
const ZLine = z.object({ messages: z.array(ZMessage).min(2) });

export const MAX_TRAINING_LINES = 100_000;

/**
 * A chat-format JSONL file → (input, expected) pairs: the text of the last user turn (read as the local models read
 * a prompt) and the last assistant turn. A line that is not one is an error naming the line, as a provider's file
 * validation would.
 */
export function parseTrainingFile(content: string): { rows: TLabelledText[] } | { error: string } {
  const lines = content.split(/\r?\n/).filter((line) => line.trim() !== "");
  if (lines.length > MAX_TRAINING_LINES) return { error: `The file has over ${MAX_TRAINING_LINES} examples.` };
  const rows: TLabelledText[] = [];
  for (const [position, line] of lines.entries()) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      return { error: `Line ${position + 1} is not valid JSON.` };
    }
    const example = ZLine.safeParse(parsed);
    const user = example.success ? example.data.messages.findLast((message) => message.role === "user") : undefined;
    const assistant = example.success
      ? example.data.messages.findLast((message) => message.role === "assistant")
      : undefined;
    if (!user || !assistant) {
      return { error: `Line ${position + 1} is not a chat example with a user and an assistant message.` };
    }
    rows.push({ input: extractText(user.content), expected: assistant.content.trim() });
  }
  return { rows };
}
