import { createRandom } from "@/lib/metrics/random";
import { estimateTokensFromChars } from "@/lib/runs/estimate";
import {
  buildMessages,
  DEFAULT_CLASSIFICATION_TEMPLATE,
  DEFAULT_OPEN_QA_TEMPLATE,
  renderPrompt,
  type TChatMessage,
} from "@/lib/runs/prompt";

/**
 * Fine-tuning data in the chat format OpenAI and most OpenAI-compatible trainers accept (one `{"messages": [...]}`
 * per line), built with the runs' own prompt (zero-shot), so a model is trained on exactly what it is evaluated with.
 * The assistant turn is the label (classification) or the reference answer (open QA). Pure: lib/finetune/export.ts
 * feeds it a split's rows.
 */

export type TExportTask = "CLASSIFICATION" | "OPEN_QA";
export type TExportRow = { index: number; input: string; expected: string };
export type TChatExample = { messages: TChatMessage[] };

/** Chat-format framing per message and per example (OpenAI counts about 3 + 1 a message and 3 to prime a reply). */
export const TOKENS_PER_MESSAGE = 4;
export const TOKENS_PER_EXAMPLE = 3;

export function defaultTemplate(task: TExportTask): string {
  return task === "CLASSIFICATION" ? DEFAULT_CLASSIFICATION_TEMPLATE : DEFAULT_OPEN_QA_TEMPLATE;
}

export function toChatExample(template: string, labels: readonly string[], row: TExportRow): TChatExample {
  const prompt = renderPrompt(template, { input: row.input, labels, shots: [] });
  return { messages: [...buildMessages(prompt), { role: "assistant", content: row.expected }] };
}

/** One JSONL line; JSON.stringify escapes quotes, backslashes and newlines, so a row is always exactly one line. */
export function toJsonlLine(example: TChatExample): string {
  return `${JSON.stringify(example)}\n`;
}

export function estimateExampleTokens(example: TChatExample): number {
  const content = example.messages.reduce((sum, message) => sum + estimateTokensFromChars(message.content.length), 0);
  return content + TOKENS_PER_MESSAGE * example.messages.length + TOKENS_PER_EXAMPLE;
}

/**
 * A seeded validation share: the rows are ordered by a seeded shuffle and the first round(n × share) go to
 * validation; both parts keep dataset order, so the same seed always gives the same files.
 */
export function splitValidation<T extends { index: number }>(
  rows: readonly T[],
  share: number,
  seed: number,
): { training: T[]; validation: T[] } {
  const count = Math.round(rows.length * share);
  if (count === 0) return { training: [...rows], validation: [] };
  const order = rows.map((_, position) => position);
  const random = createRandom(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const chosen = new Set(order.slice(0, count));
  return {
    training: rows.filter((_, position) => !chosen.has(position)),
    validation: rows.filter((_, position) => chosen.has(position)),
  };
}

export type TExportPart = { rows: number; tokens: number; longestRowTokens: number; longestRowIndex: number | null };

export function summarizePart(examples: readonly { index: number; example: TChatExample }[]): TExportPart {
  let tokens = 0;
  let longestRowTokens = 0;
  let longestRowIndex: number | null = null;
  for (const { index, example } of examples) {
    const rowTokens = estimateExampleTokens(example);
    tokens += rowTokens;
    if (rowTokens > longestRowTokens) {
      longestRowTokens = rowTokens;
      longestRowIndex = index;
    }
  }
  return { rows: examples.length, tokens, longestRowTokens, longestRowIndex };
}

/** A provider's limits (OpenAI: at least 10 training examples; a context-sized token cap per example). */
export type TProviderLimits = { minRows: number; maxRowTokens: number };
export const OPENAI_LIMITS: TProviderLimits = { minRows: 10, maxRowTokens: 65_536 };

export type TRowOverLimit = { index: number; tokens: number };

/** Why a provider would reject these files, with the counts and the limits; empty when they may be uploaded. */
export function findRefusals(
  training: TExportPart,
  overLimit: readonly TRowOverLimit[],
  limits: TProviderLimits,
): string[] {
  const refusals: string[] = [];
  if (training.rows < limits.minRows) {
    refusals.push(
      `The training file has ${training.rows} row${training.rows === 1 ? "" : "s"}; the provider needs at least ${limits.minRows}.`,
    );
  }
  if (overLimit.length > 0) {
    const first = overLimit.slice(0, 5).map((row) => `#${row.index} (${row.tokens} tokens)`);
    const more = overLimit.length > 5 ? ` and ${overLimit.length - 5} more` : "";
    refusals.push(
      `${overLimit.length} row${overLimit.length === 1 ? " is" : "s are"} over the limit of ${limits.maxRowTokens} tokens per example: ${first.join(", ")}${more}.`,
    );
  }
  return refusals;
}

/** USD to train one epoch over the training file; null when the provider's training price is unknown. */
export function costPerEpoch(trainingTokens: number, trainingPricePerM: number | null): number | null {
  return trainingPricePerM === null ? null : (trainingTokens * trainingPricePerM) / 1_000_000;
}
