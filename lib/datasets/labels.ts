import { DatasetInputError } from "./errors";

export {
  createConflictDetector,
  findConflictingDuplicates,
  type TConflictDetector,
  type TConflictExample,
  type TConflictSummary,
} from "./parse/duplicate-inputs";

export type TLabelCount = { name: string; count: number };

export type TLabelWarning =
  | { kind: "near_duplicate_labels"; labels: string[]; message: string }
  | { kind: "rare_label"; label: string; count: number; message: string }
  | { kind: "too_many_labels"; distinct: number; rows: number; message: string };

export type TLabelSummary = { labels: TLabelCount[]; warnings: TLabelWarning[] };

/** Classes with fewer rows give accuracy figures too noisy to read, and no room for k-shot examples. */
export const MIN_ROWS_PER_LABEL = 5;
const MAX_PLAUSIBLE_LABELS = 50;
const MAX_NEAR_DUPLICATE_WARNINGS = 20;

/**
 * The label set of a classification dataset, most frequent first, with warnings an analyst should see before
 * running anything. A single label is an error: every model would score 100% by always answering it.
 */
export function summarizeLabels(counts: ReadonlyMap<string, number>, options: { fileName: string }): TLabelSummary {
  const labels = [...counts].map(([name, count]) => ({ name, count }));
  labels.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  const first = labels[0];
  if (labels.length < 2) {
    throw new DatasetInputError({
      code: "single_label",
      file: options.fileName,
      problem: `every row has the same label${first ? ` ("${first.name}")` : ""}; classification needs at least two labels`,
      details: { labels },
    });
  }
  const tooMany = findTooManyLabels(labels);
  // With hundreds of labels every one is "rare"; the too-many warning already says what is wrong.
  const rare = tooMany.length > 0 ? [] : findRareLabels(labels);
  return {
    labels,
    warnings: [...tooMany, ...findNearDuplicates(labels).slice(0, MAX_NEAR_DUPLICATE_WARNINGS), ...rare],
  };
}

function findTooManyLabels(labels: readonly TLabelCount[]): TLabelWarning[] {
  const rows = labels.reduce((sum, label) => sum + label.count, 0);
  const distinct = labels.length;
  const mostlyUnique = distinct > 20 && distinct / rows > 0.5;
  if (distinct <= MAX_PLAUSIBLE_LABELS && !mostlyUnique) return [];
  return [
    {
      kind: "too_many_labels",
      distinct,
      rows,
      message: `${distinct} distinct labels in ${rows} rows: the expected column may be the wrong one, or this is an open-QA dataset`,
    },
  ];
}

/** "Neoplasms", "neoplasms" and "neoplasms " would be scored as different classes. */
function findNearDuplicates(labels: readonly TLabelCount[]): TLabelWarning[] {
  const groups = new Map<string, string[]>();
  for (const { name } of labels) {
    const key = name.toLowerCase().replace(/\s+/g, " ").trim();
    const group = groups.get(key);
    if (group) group.push(name);
    else groups.set(key, [name]);
  }
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .map((group) => ({
      kind: "near_duplicate_labels",
      labels: group,
      message: `labels ${group.map((name) => JSON.stringify(name)).join(", ")} differ only in case or spacing; they count as different classes`,
    }));
}

function findRareLabels(labels: readonly TLabelCount[]): TLabelWarning[] {
  return labels
    .filter((label) => label.count < MIN_ROWS_PER_LABEL)
    .map((label) => ({
      kind: "rare_label",
      label: label.name,
      count: label.count,
      message: `label "${label.name}" has only ${label.count} row${label.count === 1 ? "" : "s"} (fewer than ${MIN_ROWS_PER_LABEL}); its scores will be unreliable`,
    }));
}
