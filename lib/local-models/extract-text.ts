/**
 * The text a local model should look at. Classification prompts put the sample after a line "Text:" and before a
 * line "Answer with ..."; k-shot prompts have earlier "Text:" lines in their examples, so the last one wins. A prompt
 * without that marker (open QA sends the question alone) is taken whole.
 */
export function extractText(prompt: string): string {
  const lines = prompt.split(/\r?\n/);
  const marker = lines.findLastIndex((line) => line.trim() === "Text:");
  if (marker === -1) return prompt.trim();
  const rest = lines.slice(marker + 1);
  const end = rest.findIndex((line) => line.startsWith("Answer with"));
  return (end === -1 ? rest : rest.slice(0, end)).join("\n").trim();
}
