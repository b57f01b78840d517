import type pg from "pg";

export type TOutputRow = {
  runId: string;
  sampleId: number;
  attempts: number;
  latencyMs: number;
  rawText?: string | null;
  parsedLabel?: string | null;
  valid?: boolean | null;
  correct?: boolean | null;
  errorKind?: string | null;
  errorMessage?: string | null;
  promptTokens?: number | null;
  completionTokens?: number | null;
  cost?: number | null;
  cached?: boolean;
};

const COLUMNS = [
  '"runId"',
  '"sampleId"',
  '"rawText"',
  '"parsedLabel"',
  "valid",
  "correct",
  '"errorKind"',
  '"errorMessage"',
  "attempts",
  '"latencyMs"',
  '"promptTokens"',
  '"completionTokens"',
  "cost",
  "cached",
];

/**
 * Buffers output rows and writes them as one multi-row INSERT ... ON CONFLICT ("runId", "sampleId") DO NOTHING
 * through pg (the bulk path: no ORM query planning per row). Losing a buffer in a crash costs nothing: the response
 * cache already holds those answers, so the re-delivered chunk replays them without calling the model.
 */
export function createOutputWriter(pool: pg.Pool, options: { maxRows?: number; maxDelayMs?: number } = {}) {
  const maxRows = options.maxRows ?? 25;
  const maxDelayMs = options.maxDelayMs ?? 250;
  let buffer: TOutputRow[] = [];
  let timer: NodeJS.Timeout | null = null;
  let written = 0;
  let pending: Promise<void> = Promise.resolve();

  function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    const rows = buffer;
    buffer = [];
    if (rows.length > 0) {
      // Chained, so a failed write is reported by the next flush() the chunk awaits.
      pending = pending.then(async () => {
        const result = await pool.query(buildInsert(rows));
        written += result.rowCount ?? 0;
      });
    }
    return pending;
  }

  return {
    add(row: TOutputRow): Promise<void> {
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

export function buildInsert(rows: readonly TOutputRow[]): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const tuples = rows.map((row) => {
    const start = values.length;
    values.push(
      row.runId,
      row.sampleId,
      row.rawText ?? null,
      row.parsedLabel ?? null,
      row.valid ?? null,
      row.correct ?? null,
      row.errorKind ?? null,
      row.errorMessage ?? null,
      row.attempts,
      row.latencyMs,
      row.promptTokens ?? null,
      row.completionTokens ?? null,
      row.cost ?? null,
      row.cached ?? false,
    );
    return `(${COLUMNS.map((_, i) => `$${start + i + 1}`).join(", ")})`;
  });
  return {
    text: `INSERT INTO "Output" (${COLUMNS.join(", ")}) VALUES ${tuples.join(", ")} ON CONFLICT ("runId", "sampleId") DO NOTHING`,
    values,
  };
}
