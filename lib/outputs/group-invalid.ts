import { normalizeAnswer } from "@/lib/classification/parse-answer";

export type TRawAnswerCount = { text: string | null; count: number; exampleSampleId: number };

export type TInvalidGroup = {
  /** The normalised answer: what the group is about ("cardiology"). May be "" (an empty answer). */
  normalized: string;
  count: number;
  /** Share of all invalid answers. */
  share: number;
  /** The raw spellings, most frequent first ("Cardiology", "**cardiology**"). */
  variants: { text: string; count: number }[];
  /** A sample with this answer, for the detail panel. */
  exampleSampleId: number;
};

const MAX_VARIANTS = 5;

/**
 * Merges exact raw answers (counted in SQL) into groups by the same normalisation the answer parser uses, so
 * "Cardiology." and "**cardiology**" are one group. Largest group first; ties by text so the order is stable.
 */
export function groupInvalidAnswers(rows: readonly TRawAnswerCount[]): TInvalidGroup[] {
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  const groups = new Map<string, { count: number; variants: { text: string; count: number }[]; example: number }>();
  for (const row of rows) {
    const text = row.text ?? "";
    const key = normalizeAnswer(text);
    const group = groups.get(key) ?? { count: 0, variants: [], example: row.exampleSampleId };
    group.count += row.count;
    group.variants.push({ text, count: row.count });
    group.example = Math.min(group.example, row.exampleSampleId);
    groups.set(key, group);
  }
  return [...groups.entries()]
    .map(([normalized, group]) => ({
      normalized,
      count: group.count,
      share: total === 0 ? 0 : group.count / total,
      variants: group.variants.sort((a, b) => b.count - a.count || a.text.localeCompare(b.text)).slice(0, MAX_VARIANTS),
      exampleSampleId: group.example,
    }))
    .sort((a, b) => b.count - a.count || a.normalized.localeCompare(b.normalized));
}

/** The raw texts that normalise to one group: how a `group=` link is turned into an exact SQL filter. */
export function selectGroupTexts(rows: readonly TRawAnswerCount[], normalized: string): string[] {
  return rows.filter((row) => normalizeAnswer(row.text ?? "") === normalized).map((row) => row.text ?? "");
}
