// The "oracle" model: a classifier of known quality over a known dataset, for tests that check metrics.
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { hashText, hashToUnit } from "./hash";
import { normaliseText } from "./text-matcher";

const SEED_CORRECT = 0x0c0ffee;
const SEED_INVALID = 0x1badbad;
const SEED_PICK = 0x5eed5;
/** Share of the not-correct answers that are not a label at all. */
export const ORACLE_INVALID_SHARE = 0.1;

// Answers a real model gives that are not any label of the medical dataset: a made-up category and sentences.
const INVALID_ANSWERS = [
  "Cardiology",
  "Oncology",
  "I cannot determine the category of this abstract.",
  "This abstract describes a clinical study.",
];

/**
 * The oracle's answer for one input: the true label for a pct% share of inputs, otherwise another label, or (for
 * about a tenth of those) something that is not a label. Decided by hashes of the normalised input text only, so
 * retries and re-runs agree, and the inputs answered correctly at pct=80 are all answered correctly at pct=90.
 * The order of `labels` does not matter.
 */
export function decideOracleAnswer(input: string, trueLabel: string, labels: readonly string[], pct: number): string {
  const text = normaliseText(input);
  if (hashToUnit(text, SEED_CORRECT) * 100 < pct) return trueLabel;
  const inputHash = hashText(text, SEED_PICK);
  if (hashToUnit(text, SEED_INVALID) < ORACLE_INVALID_SHARE) return pickInvalidAnswer(inputHash, labels);
  // Rendezvous choice: the other label with the highest hash, independent of the labels' order.
  let best: string | undefined;
  let bestScore = -1;
  for (const label of labels) {
    if (label === trueLabel) continue;
    const score = hashText(label, inputHash);
    if (score > bestScore || (score === bestScore && best !== undefined && label < best)) {
      best = label;
      bestScore = score;
    }
  }
  return best ?? pickInvalidAnswer(inputHash, labels);
}

function pickInvalidAnswer(inputHash: number, labels: readonly string[]): string {
  const lowerLabels = new Set(labels.map((label) => label.trim().toLowerCase()));
  const allowed = INVALID_ANSWERS.filter((answer) => !lowerLabels.has(answer.toLowerCase()));
  return allowed[inputHash % allowed.length] ?? "I do not know.";
}

export type TOracleDataset = {
  /** Input text (as in the file) to its true label. */
  table: Map<string, string>;
  /** Distinct labels, sorted. */
  labels: string[];
};

export type TOracleDatasetSource = { file: string; inputCol: string; labelCol: string };

/** Reads an RFC 4180 CSV (CRLF, quoted multi-line fields, optional BOM) into an input-to-label table. */
export async function loadOracleDataset(source: TOracleDatasetSource): Promise<TOracleDataset> {
  const content = await readFile(source.file, "utf8");
  const rows = parse(content, { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
  const first = rows[0];
  if (!first) throw new Error(`${source.file}: no data rows`);
  for (const column of [source.inputCol, source.labelCol]) {
    if (!(column in first))
      throw new Error(`${source.file}: no column "${column}" (have ${Object.keys(first).join(", ")})`);
  }
  const table = new Map<string, string>();
  for (const row of rows) {
    const input = row[source.inputCol];
    const label = row[source.labelCol]?.trim();
    if (input && label) table.set(input, label);
  }
  return { table, labels: [...new Set(table.values())].sort() };
}
