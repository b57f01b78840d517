import type { TColumnMapping, TDatasetTask } from "@/lib/datasets/mapping";
import type { TUploadPreview } from "@/lib/datasets/preview-upload";

/** The upload form's fields as typed. Column selects hold "" for "none". */
export type TUploadDraft = {
  name: string;
  task: TDatasetTask;
  input: string;
  expected: string;
  id: string;
  split: string;
  metadata: string[];
  /** Percent, as typed: "20" means 20% of each label becomes TEST. */
  testPercent: string;
  seed: string;
};

export type TDraftErrors = Partial<Record<"name" | "input" | "expected" | "testPercent" | "seed", string>>;

export const DEFAULT_TEST_PERCENT = "20";
export const DEFAULT_SEED = "42";

/** "medical-abstracts-200.csv.gz" → "medical-abstracts-200". */
export function nameFromFile(fileName: string): string {
  const base = fileName.replace(/\.gz$/i, "").replace(/\.(csv|tsv|tab|jsonl|ndjson|json|txt)$/i, "");
  return base.trim() || fileName;
}

/** The form's starting point: the server's suggested mapping and task. */
export function draftFromPreview(preview: TUploadPreview): TUploadDraft {
  const suggested = preview.suggested.mapping;
  return {
    name: nameFromFile(preview.fileName),
    task: preview.suggested.task,
    input: suggested.input ?? "",
    expected: suggested.expected ?? "",
    id: suggested.id ?? "",
    split: suggested.split ?? "",
    metadata: [],
    testPercent: DEFAULT_TEST_PERCENT,
    seed: DEFAULT_SEED,
  };
}

/** The mapping as the API takes it, or null while input or expected is not chosen. */
export function mappingOf(draft: TUploadDraft): TColumnMapping | null {
  if (draft.input === "" || draft.expected === "" || draft.input === draft.expected) return null;
  const taken = new Set([draft.input, draft.expected, draft.id, draft.split]);
  const metadata = draft.metadata.filter((column) => !taken.has(column));
  return {
    input: draft.input,
    expected: draft.expected,
    ...(draft.id ? { id: draft.id } : {}),
    ...(draft.split ? { split: draft.split } : {}),
    ...(metadata.length > 0 ? { metadata } : {}),
  };
}

export function validateDraft(draft: TUploadDraft): TDraftErrors {
  const errors: TDraftErrors = {};
  if (draft.name.trim() === "") errors.name = "Enter a name for the dataset.";
  else if (draft.name.trim().length > 200) errors.name = "At most 200 characters.";
  if (draft.input === "") errors.input = "Choose the column with the input text.";
  if (draft.expected === "") {
    errors.expected = `Choose the column with the ${draft.task === "CLASSIFICATION" ? "label" : "reference answer"}.`;
  } else if (draft.expected === draft.input) {
    errors.expected = "The input and the expected value must be different columns.";
  }
  // Checked even with a split column: rows whose split cell is empty are drawn with them.
  const percent = Number(draft.testPercent);
  if (draft.testPercent.trim() === "" || !Number.isFinite(percent) || percent < 0 || percent > 100) {
    errors.testPercent = "Enter a percentage from 0 to 100.";
  }
  const seed = Number(draft.seed);
  if (draft.seed.trim() === "" || !Number.isInteger(seed) || seed < 0 || seed > 2_147_483_647) {
    errors.seed = "Enter a whole number from 0 to 2147483647.";
  }
  return errors;
}

/** The multipart text fields in the order the API reads them (the file part goes last). */
export function uploadFields(draft: TUploadDraft): [string, string][] {
  const mapping = mappingOf(draft);
  const fields: [string, string][] = [
    ["name", draft.name.trim()],
    ["task", draft.task],
  ];
  if (mapping) fields.push(["mapping", JSON.stringify(mapping)]);
  fields.push(["testFraction", String(Number(draft.testPercent) / 100)]);
  fields.push(["seed", draft.seed.trim()]);
  return fields;
}

/** Changing the input, expected or split column or the task changes what the preview checks; naming does not. */
export function checkKey(draft: TUploadDraft): string {
  return JSON.stringify([draft.task, mappingOf(draft)]);
}
