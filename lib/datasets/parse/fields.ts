/**
 * Rows are plain objects keyed by column names that come from the upload, so a column may be called "__proto__" or
 * "constructor". Writing goes through defineProperty for "__proto__" (plain assignment would change the prototype
 * and drop the value); reading only sees own properties (so a missing "constructor" column is "", not a function).
 */
export function setField(row: Record<string, string>, column: string, value: string): void {
  if (column === "__proto__") {
    Object.defineProperty(row, column, { value, enumerable: true, writable: true, configurable: true });
    return;
  }
  row[column] = value;
}

export function getField(row: Record<string, string>, column: string): string {
  return Object.hasOwn(row, column) ? (row[column] as string) : "";
}
