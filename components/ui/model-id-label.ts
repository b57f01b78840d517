import { parseLocalModelName } from "@/lib/local-models/model-name";

const MAX_LENGTH = 40;

/**
 * The model id as tables show it: a built-in model's id ("naive-bayes:<dataset uuid>") as its kind, and any other
 * id longer than 40 characters cut in the middle. The full id goes in the element's title.
 */
export function formatModelIdLabel(model: string): string {
  const local = parseLocalModelName(model);
  if (local) return `${local.kind} (built-in)`;
  if (model.length <= MAX_LENGTH) return model;
  const tail = 12;
  return `${model.slice(0, MAX_LENGTH - tail - 1)}…${model.slice(-tail)}`;
}
