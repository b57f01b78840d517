import { z } from "zod";

/**
 * Postgres text cannot hold U+0000: a NUL that reached a query or an insert would fail there as a 500. Text from a
 * request is refused at the edge instead (422), naming the field.
 */
export const NUL_MESSAGE = "must not contain a NUL character (U+0000)";

export function hasNul(text: string): boolean {
  return text.includes("\u0000");
}

/** A string schema that refuses NUL characters: for query-string filters that pages read without apiRoute. */
export const ZNoNulText = z.string().refine((text) => !hasNul(text), NUL_MESSAGE);

export type TFieldProblem = { path: string; message: string };

/** Every string (keys included) that contains a NUL, by dotted path; the value's depth is already bounded. */
export function findNulFields(value: unknown, path: string[] = []): TFieldProblem[] {
  if (typeof value === "string") return hasNul(value) ? [{ path: path.join("."), message: NUL_MESSAGE }] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => findNulFields(item, [...path, String(index)]));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, item]) => [
    ...(hasNul(key) ? [{ path: [...path, key].join("."), message: `the key ${NUL_MESSAGE}` }] : []),
    ...findNulFields(item, [...path, key]),
  ]);
}
