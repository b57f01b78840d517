import { setField } from "./fields";

/**
 * A JSON object as a row of strings: strings as they are, numbers and booleans as JSON writes them, null as "",
 * nested objects and arrays as compact JSON (so they can still be mapped to metadata). Null when the value is not
 * an object, which the callers report.
 */
export function jsonObjectToValues(value: unknown): Record<string, string> | null {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return null;
  const values: Record<string, string> = {};
  for (const [key, field] of Object.entries(value)) setField(values, key, jsonFieldToString(field));
  return values;
}

function jsonFieldToString(field: unknown): string {
  if (typeof field === "string") return field;
  if (field === null || field === undefined) return "";
  if (typeof field === "number" || typeof field === "boolean") return String(field);
  return JSON.stringify(field);
}

/** "an array", "a string", ... for "expected a JSON object but found ___". */
export function describeJsonValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
}
