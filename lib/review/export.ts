import { findQueueOr404 } from "./find-queue";
import type { TPrisma } from "@/lib/db/prisma";
import { type TColumn, type TExportFormat, toCsvStream, toDownloadResponse, toJsonlStream } from "@/lib/export/formats";

type TDecisionExportRow = {
  id: number;
  position: number;
  sampleId: number;
  reviewerId: string;
  reviewerEmail: string | null;
  kind: string;
  label: string | null;
  newLabel: boolean;
  grade: number | null;
  note: string | null;
  undoesId: number | null;
  createdAt: Date;
};

const COLUMNS: TColumn<TDecisionExportRow>[] = [
  { header: "decision_id", value: (r) => r.id },
  { header: "position", value: (r) => r.position },
  { header: "sample_id", value: (r) => r.sampleId },
  { header: "reviewer_id", value: (r) => r.reviewerId },
  { header: "reviewer_email", value: (r) => r.reviewerEmail },
  { header: "kind", value: (r) => r.kind },
  { header: "label", value: (r) => r.label },
  { header: "new_label", value: (r) => r.newLabel },
  { header: "grade", value: (r) => r.grade },
  { header: "note", value: (r) => r.note },
  { header: "undoes_id", value: (r) => r.undoesId },
  { header: "created_at", value: (r) => r.createdAt.toISOString() },
];

/** Every decision of a queue, the whole audit trail (undos included), oldest first, in batches of 1,000. */
async function* readDecisions(db: TPrisma, queueId: string): AsyncGenerator<TDecisionExportRow> {
  let after = 0;
  for (;;) {
    const rows = await db.$queryRaw<TDecisionExportRow[]>`
      SELECT d.id, i.position, d."sampleId", d."reviewerId", u.email AS "reviewerEmail", d.kind::text AS kind, d.label,
             d."newLabel", d.grade, d.note, d."undoesId", d."createdAt"
      FROM "ReviewDecision" d JOIN "ReviewItem" i ON i.id = d."itemId" LEFT JOIN "User" u ON u.id = d."reviewerId"
      WHERE d."queueId" = ${queueId}::uuid AND d.id > ${after}
      ORDER BY d.id LIMIT 1000`;
    yield* rows;
    const last = rows.at(-1);
    if (!last || rows.length < 1000) return;
    after = last.id;
  }
}

/** GET /api/review-queues/:id/decisions/export: CSV or JSONL, streamed. */
export async function exportDecisions(db: TPrisma, queueId: string, format: TExportFormat): Promise<Response> {
  const queue = await findQueueOr404(db, queueId);
  const rows = readDecisions(db, queueId);
  const stream =
    format === "csv"
      ? toCsvStream(COLUMNS, rows)
      : toJsonlStream(rows, (r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
  return toDownloadResponse(stream, format, `decisions-${queue.name}`);
}
