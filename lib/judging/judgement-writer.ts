import type pg from "pg";

export type TJudgementRow = {
  judgingId: string;
  sampleId: number;
  attempts: number;
  latencyMs: number;
  score?: number | null;
  parseStatus?: string | null;
  rationale?: string | null;
  rawText?: string | null;
  errorKind?: string | null;
  errorMessage?: string | null;
  promptTokens?: number | null;
  completionTokens?: number | null;
  cost?: number | null;
  cached?: boolean;
};

const COLUMNS = [
  '"judgingId"',
  '"sampleId"',
  "score",
  '"parseStatus"',
  "rationale",
  '"rawText"',
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
 * Buffers judgement rows and writes them as one multi-row INSERT ... ON CONFLICT ("judgingId", "sampleId") DO
 * NOTHING (the output writer's pattern): a re-delivered chunk never writes a second judgement for a sample, and a
 * buffer lost in a crash costs nothing, because the response cache already holds those judge replies.
 */
export function createJudgementWriter(pool: pg.Pool, options: { maxRows?: number; maxDelayMs?: number } = {}) {
  const maxRows = options.maxRows ?? 25;
  const maxDelayMs = options.maxDelayMs ?? 250;
  let buffer: TJudgementRow[] = [];
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
        const result = await pool.query(buildJudgementInsert(rows));
        written += result.rowCount ?? 0;
      });
    }
    return pending;
  }

  return {
    add(row: TJudgementRow): Promise<void> {
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

export function buildJudgementInsert(rows: readonly TJudgementRow[]): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const tuples = rows.map((row) => {
    const start = values.length;
    values.push(
      row.judgingId,
      row.sampleId,
      row.score ?? null,
      row.parseStatus ?? null,
      row.rationale ?? null,
      row.rawText ?? null,
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
    text: `INSERT INTO "Judgement" (${COLUMNS.join(", ")}) VALUES ${tuples.join(", ")} ON CONFLICT ("judgingId", "sampleId") DO NOTHING`,
    values,
  };
}
