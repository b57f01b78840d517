/**
 * Prompt templates. A template is plain text with placeholders, stored with each run (a snapshot: editing the
 * default later never changes what an old run sent):
 *   {{labels}}   the allowed labels, one per line ("- label")
 *   {{examples}} the k-shot examples (empty for zero-shot)
 *   {{input}}    the sample's input text
 */
export const DEFAULT_CLASSIFICATION_TEMPLATE = `Classify the text into exactly one of these categories:
{{labels}}

{{examples}}Text:
{{input}}

Answer with the category name only, exactly as written above.`;

export const DEFAULT_OPEN_QA_TEMPLATE = `{{input}}`;

export type TShot = { input: string; expected: string };

export type TChatMessage = { role: "system" | "user" | "assistant"; content: string };

const PLACEHOLDER = /\{\{\s*(labels|examples|input)\s*\}\}/g;

export function renderPrompt(
  template: string,
  values: { input: string; labels: readonly string[]; shots: readonly TShot[] },
): string {
  const examples = values.shots.length === 0 ? "" : `${values.shots.map(renderShot).join("\n\n")}\n\n`;
  // One pass, so text inside the input that looks like a placeholder is never expanded.
  return template.replace(PLACEHOLDER, (_, name: string) => {
    if (name === "labels") return values.labels.map((label) => `- ${label}`).join("\n");
    if (name === "examples") return examples;
    return values.input;
  });
}

function renderShot(shot: TShot, position: number): string {
  return `Example ${position + 1}:\nText:\n${shot.input}\nCategory: ${shot.expected}`;
}

export function buildMessages(prompt: string): TChatMessage[] {
  return [{ role: "user", content: prompt }];
}

/** Problems that would make every call of a run wrong; checked when the run is created. */
export function validateTemplate(template: string, task: "CLASSIFICATION" | "OPEN_QA"): string | null {
  if (!/\{\{\s*input\s*\}\}/.test(template)) return "The prompt template must contain {{input}}.";
  if (task === "CLASSIFICATION" && !/\{\{\s*labels\s*\}\}/.test(template)) {
    return "A classification prompt must list the allowed labels with {{labels}}.";
  }
  return null;
}
