import { ApiError } from "@/lib/api/errors";
import { findQueueOr404 } from "./find-queue";
import type { TDb } from "@/lib/db/prisma";
import { findActiveDecisions, judgeItem, type TItemVerdict } from "./active";
import { loadPairAnswers, type TPairAnswers } from "./pair";
import { progressOf } from "./progress";
import { seekOpenPosition } from "./seek-blocks";

export type TReviewItemView = {
  queue: {
    id: string;
    name: string;
    source: string;
    datasetId: string;
    runId: string | null;
    reviewsPerItem: number;
    itemCount: number;
    labels: string[];
    scaleMin: number | null;
    scaleMax: number | null;
  };
  position: number;
  item: {
    sampleId: number;
    index: number;
    input: string;
    /** The expected value on the queue's version (a correction applied). */
    expected: string;
    rawText: string | null;
    parsedLabel: string | null;
    valid: boolean | null;
    assigneeId: string | null;
    assigneeName: string | null;
  };
  /** Two answers to prefer between (A, B): a disagreement of two runs, or a flipped pairwise verdict. */
  pair: TPairAnswers | null;
  /** What the reviewer decides: labels (classification), a grade on the scale, or a preference between two answers. */
  mode: "label" | "grade" | "prefer";
  decisions: {
    id: number;
    reviewerId: string;
    reviewerName: string;
    kind: string;
    label: string | null;
    grade: number | null;
    note: string | null;
    active: boolean;
    createdAt: string;
  }[];
  verdict: TItemVerdict["state"];
  /** The caller's standing decision on this item. */
  mine: { kind: string; label: string | null; grade: number | null } | null;
  progress: { decided: number; conflicts: number; total: number };
};

/** One item of a queue by position (an index probe), with its decisions, the caller's own, and the queue's progress. */
export async function getReviewItem(
  db: TDb,
  queueId: string,
  position: number,
  reviewerId: string | null,
): Promise<TReviewItemView> {
  const queue = await findQueueOr404(db, queueId);
  const at = Math.min(position, Math.max(queue.itemCount - 1, 0));
  const [row] = await db.$queryRaw<
    {
      itemId: number;
      sampleId: number;
      index: number;
      input: string;
      expected: string;
      rawText: string | null;
      parsedLabel: string | null;
      valid: boolean | null;
      assigneeId: string | null;
    }[]
  >`
    SELECT i.id AS "itemId", s.id AS "sampleId", s.index, s.input, coalesce(ov.expected, s.expected) AS expected,
           o."rawText", o."parsedLabel", o.valid, i."assigneeId"
    FROM "ReviewItem" i JOIN "Sample" s ON s.id = i."sampleId"
    LEFT JOIN "Output" o ON o.id = i."outputId"
    LEFT JOIN "SampleOverride" ov ON ov."versionId" = ${queue.versionId}::uuid AND ov."sampleId" = s.id
    WHERE i."queueId" = ${queueId}::uuid AND i.position = ${at}`;
  if (!row) throw new ApiError(404, "item_not_found", `The queue has no item at position ${position}.`);
  const [decisions, version, pair] = await Promise.all([
    db.reviewDecision.findMany({ where: { itemId: row.itemId }, orderBy: { id: "asc" } }),
    queue.versionId ? db.datasetVersion.findUnique({ where: { id: queue.versionId } }) : null,
    loadPairAnswers(db, queue, { id: row.sampleId, expected: row.expected }),
  ]);
  const users = await db.user.findMany({
    where: {
      id: { in: [...new Set([...decisions.map((d) => d.reviewerId), ...(row.assigneeId ? [row.assigneeId] : [])])] },
    },
    select: { id: true, name: true },
  });
  const active = findActiveDecisions(decisions);
  const activeIds = new Set(active.map((d) => d.id));
  const mine = active.filter((d) => d.reviewerId === reviewerId && d.kind !== "NOTE").at(-1);
  const { itemId: _, assigneeId, ...item } = row;
  return {
    queue: {
      id: queue.id,
      name: queue.name,
      source: queue.source,
      datasetId: queue.datasetId,
      runId: queue.runId,
      reviewsPerItem: queue.reviewsPerItem,
      itemCount: queue.itemCount,
      labels: version?.labels ?? [],
      scaleMin: queue.scaleMin,
      scaleMax: queue.scaleMax,
    },
    position: at,
    item: { ...item, assigneeId, assigneeName: users.find((u) => u.id === assigneeId)?.name ?? assigneeId },
    pair,
    mode:
      queue.source === "judge-grades"
        ? "grade"
        : queue.source === "pairwise-flips" || (pair && !version?.labels.length)
          ? "prefer"
          : "label",
    decisions: decisions.map((d) => ({
      id: d.id,
      reviewerId: d.reviewerId,
      reviewerName: users.find((u) => u.id === d.reviewerId)?.name ?? d.reviewerId,
      kind: d.kind,
      label: d.label,
      grade: d.grade,
      note: d.note,
      active: activeIds.has(d.id),
      createdAt: d.createdAt.toISOString(),
    })),
    verdict: judgeItem(active, queue.reviewsPerItem).state,
    mine: mine ? { kind: mine.kind, label: mine.label, grade: mine.grade } : null,
    progress: { ...progressOf(queue), total: queue.itemCount },
  };
}

/** GET /api/review-queues/:id/items: the item at `position`, or with `seek: "open"` the caller's next open one. */
export async function findReviewItem(
  db: TDb,
  queueId: string,
  query: { position: number; seek?: "open" | undefined },
  reviewerId: string | null,
): Promise<TReviewItemView> {
  if (query.seek !== "open") return getReviewItem(db, queueId, query.position, reviewerId);
  const queue = await findQueueOr404(db, queueId);
  const open = await seekOpenPosition(db, queue, query.position, reviewerId);
  if (open === null) {
    throw new ApiError(404, "no_open_item", `No item left for you from position ${query.position} on.`);
  }
  return getReviewItem(db, queueId, open, reviewerId);
}
