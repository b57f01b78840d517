import { z } from "zod";

const MAX_VERSION = 2_147_483_647;

/** A version number in a query string: "2" or "v2". */
export const ZSampleVersionParam = z
  .string()
  .trim()
  .regex(/^[vV]?\d{1,10}$/, "a version number: 1, 2, … (or v1, v2, …)")
  .transform((value) => Number(value.replace(/^[vV]/, "")))
  .pipe(z.number().int().min(1).max(MAX_VERSION));

type TVersionRow = {
  id: string;
  number: number;
  labels: string[];
  relabelledCount: number;
  excludedCount: number;
};

/** The version the sample browser shows, with the figures of its header. */
export type TSampleVersion = {
  /** Null for a dataset that has no version row yet: its samples as uploaded. */
  id: string | null;
  number: number;
  latest: number;
  labels: string[] | null;
  relabelled: number;
  removed: number;
};

/**
 * The requested version among the dataset's (oldest first), or the latest when none is asked for. A dataset with no
 * version row yet is version 1 as uploaded.
 */
export function pickSampleVersion(
  versions: readonly TVersionRow[],
  requested: number | undefined,
): { ok: true; version: TSampleVersion } | { ok: false; problem: string } {
  const latest = versions.at(-1)?.number ?? 1;
  const number = requested ?? latest;
  const row = versions.find((version) => version.number === number);
  if (row) {
    const { id, labels, relabelledCount, excludedCount } = row;
    return {
      ok: true,
      version: { id, number, latest, labels, relabelled: relabelledCount, removed: excludedCount },
    };
  }
  if (versions.length === 0 && number === 1) {
    return { ok: true, version: { id: null, number: 1, latest: 1, labels: null, relabelled: 0, removed: 0 } };
  }
  const range = latest === 1 ? "only version 1" : `versions 1 to ${latest}`;
  return { ok: false, problem: `This dataset has no version ${number}: it has ${range}.` };
}
