/**
 * Encodes values for Postgres `COPY ... FROM STDIN` in text format: tab-separated, `\N` for null, and
 * backslash escapes for the characters that would otherwise end a field or a row.
 */
export function copyField(value: string | number | null): string {
  if (value === null) return "\\N";
  if (typeof value === "number") return String(value);
  if (!/[\\\t\n\r]/.test(value)) return value;
  return value.replace(/[\\\t\n\r]/g, (ch) =>
    ch === "\\" ? "\\\\" : ch === "\t" ? "\\t" : ch === "\n" ? "\\n" : "\\r",
  );
}

export function copyRow(values: ReadonlyArray<string | number | null>): string {
  return `${values.map(copyField).join("\t")}\n`;
}

const NEEDS_ESCAPE = /[\\\t\n\r]/;
const TAB = 0x09;
const NEWLINE = 0x0a;
const NULL_FIELD = Buffer.from("\\N", "latin1");

export type TCopyEncoder = {
  /** Appends one row; returns a batch of whole rows once about `batchBytes` have collected, else null. */
  addRow: (values: ReadonlyArray<string | number | null>) => Uint8Array | null;
  /** The rows not yet returned (null when there are none). */
  end: () => Uint8Array | null;
};

/**
 * The same text format as `copyRow`, written field by field into buffers of about `batchBytes`: a million rows
 * joined into strings would spend seconds building and flattening them before they could be sent.
 */
export function createCopyEncoder(batchBytes = 256 * 1024): TCopyEncoder {
  let buffer = Buffer.allocUnsafe(batchBytes);
  let used = 0;

  const take = (): Uint8Array | null => {
    if (used === 0) return null;
    const batch = buffer.subarray(0, used);
    buffer = Buffer.allocUnsafe(batchBytes);
    used = 0;
    return batch;
  };

  const addRow = (values: ReadonlyArray<string | number | null>): Uint8Array | null => {
    // Worst case: 3 bytes per UTF-16 unit (an escaped ASCII character takes 2), plus separators and digits.
    let worst = 1;
    for (const value of values) worst += typeof value === "string" ? value.length * 3 + 1 : 24;
    let full: Uint8Array | null = null;
    if (used + worst > buffer.length) {
      full = take();
      if (worst > buffer.length) buffer = Buffer.allocUnsafe(worst);
    }
    values.forEach((value, position) => {
      if (position > 0) buffer[used++] = TAB;
      if (value === null) used += NULL_FIELD.copy(buffer, used);
      else if (typeof value === "number") used += buffer.write(String(value), used, "latin1");
      else used += buffer.write(NEEDS_ESCAPE.test(value) ? copyField(value) : value, used, "utf8");
    });
    buffer[used++] = NEWLINE;
    return full;
  };

  return { addRow, end: take };
}
