import type pg from "pg";

/** A table written in bulk: its columns in order, each with how to read it off a row, and its unique key. */
export type TBatchInsert<TRow> = {
  table: string;
  columns: readonly (readonly [name: string, read: (row: TRow) => unknown])[];
  /** ON CONFLICT (these) DO NOTHING: a row written twice (a re-delivered job) is written once. */
  conflict: readonly string[];
};

/** Columns read off the row's field of the same name; an absent field is written as NULL. */
export function fieldColumns<TRow>(...names: (keyof TRow & string)[]): TBatchInsert<TRow>["columns"] {
  return names.map((name) => [name, (row: TRow) => row[name] ?? null] as const);
}

const quote = (name: string) => `"${name}"`;

/** One multi-row INSERT ... ON CONFLICT DO NOTHING, parameters numbered across rows. */
export function buildBatchInsert<TRow>(
  spec: TBatchInsert<TRow>,
  rows: readonly TRow[],
): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const tuples = rows.map((row) => {
    const start = values.length;
    for (const [, read] of spec.columns) values.push(read(row));
    return `(${spec.columns.map((_, i) => `$${start + i + 1}`).join(", ")})`;
  });
  const columns = spec.columns.map(([name]) => quote(name)).join(", ");
  return {
    text: `INSERT INTO ${quote(spec.table)} (${columns}) VALUES ${tuples.join(", ")} ON CONFLICT (${spec.conflict.map(quote).join(", ")}) DO NOTHING`,
    values,
  };
}

/**
 * Buffers rows and writes them through pg as one multi-row INSERT (the bulk path: no ORM query planning per row),
 * when `maxRows` are waiting or `maxDelayMs` after the first. Writes are chained, so a failed one is reported by
 * the next flush the caller awaits; `close()` flushes and returns how many rows were inserted (not skipped).
 */
export function createBatchWriter<TRow>(
  pool: pg.Pool,
  spec: TBatchInsert<TRow>,
  options: { maxRows?: number; maxDelayMs?: number } = {},
) {
  const maxRows = options.maxRows ?? 25;
  const maxDelayMs = options.maxDelayMs ?? 250;
  let buffer: TRow[] = [];
  let timer: NodeJS.Timeout | null = null;
  let written = 0;
  let pending: Promise<void> = Promise.resolve();

  function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    const rows = buffer;
    buffer = [];
    if (rows.length > 0) {
      pending = pending.then(async () => {
        const result = await pool.query(buildBatchInsert(spec, rows));
        written += result.rowCount ?? 0;
      });
    }
    return pending;
  }

  return {
    add(row: TRow): Promise<void> {
      buffer.push(row);
      if (buffer.length >= maxRows) return flush();
      timer ??= setTimeout(() => void flush().catch(() => {}), maxDelayMs);
      return Promise.resolve();
    },
    async close(): Promise<number> {
      await flush();
      return written;
    },
  };
}
