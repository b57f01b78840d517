import { ApiError } from "@/lib/api/errors";
import type { TDb, TPrisma } from "@/lib/db/prisma";
import { findActiveDecisions } from "./active";
import type { TDecisionInput } from "./schemas";
import { keepItemProgress, lockItemStanding } from "./progress";
import { countSeekBlock } from "./seek-blocks";

const NEEDS_LABEL = new Set(["RELABEL", "ALIAS", "PREFER"]);

async function loadTarget(db: TDb, queueId: string, sampleId: number) {
  const queue = await db.reviewQueue.findUnique({
    where: { id: queueId },
    select: { id: true, datasetId: true, versionId: true, scaleMin: true, scaleMax: true, reviewsPerItem: true },
  });
  if (!queue) throw new ApiError(404, "queue_not_found", `Review queue ${queueId} does not exist.`);
  const sample = await db.sample.findUnique({ where: { id: sampleId }, select: { datasetId: true } });
  if (!sample) throw new ApiError(422, "sample_not_found", `sampleId: sample ${sampleId} does not exist.`);
  if (sample.datasetId !== queue.datasetId) {
    throw new ApiError(
      422,
      "sample_of_another_dataset",
      `sampleId: sample ${sampleId} belongs to another dataset than this queue's; decide it in a queue of its own dataset.`,
    );
  }
  const item = await db.reviewItem.findUnique({
    where: { queueId_sampleId: { queueId, sampleId } },
    select: { id: true, outputId: true, position: true, assigneeId: true },
  });
  if (!item) throw new ApiError(422, "not_in_queue", `sampleId: sample ${sampleId} is not an item of this queue.`);
  return { queue, item };
}

async function checkLabel(db: TDb, versionId: string | null, input: TDecisionInput): Promise<void> {
  if (!NEEDS_LABEL.has(input.kind)) return;
  if (input.label === undefined)
    throw new ApiError(422, "label_required", `label: a ${input.kind} decision names a label.`);
  if (input.kind === "PREFER") {
    if (!["A", "B", "TIE"].includes(input.label)) throw new ApiError(422, "bad_preference", "label: A, B or TIE.");
    return;
  }
  const version = versionId ? await db.datasetVersion.findUnique({ where: { id: versionId } }) : null;
  if (!version || version.labels.includes(input.label) || input.newLabel) return;
  throw new ApiError(
    422,
    "label_not_in_set",
    `label: "${input.label}" is not one of the dataset's labels (${version.labels.join(", ")}). ` +
      `To add it as a new label, confirm with newLabel: true ("add a new label").`,
  );
}

/**
 * Records one reviewer's decision on one item, append-only. Refused with a reason: a sample of another dataset or
 * outside the queue, a label outside the set without the "add a new label" confirmation, and a second decision by
 * the same reviewer while their first still stands (undo it first: UNDO is itself a decision). Two reviewers
 * deciding at once both get their row; the item then shows the conflict. A per-(item, reviewer) advisory lock makes
 * one reviewer's two simultaneous clicks one decision; the item's row lock (lockItemStanding) keeps its stored
 * standing and the queue's progress counters in step with every decision.
 */
export async function recordDecision(db: TPrisma, queueId: string, reviewerId: string, input: TDecisionInput) {
  return db.$transaction(async (tx) => {
    const { queue, item } = await loadTarget(tx, queueId, input.sampleId);
    await checkLabel(tx, queue.versionId, input);
    if (input.kind === "GRADE") {
      const [min, max] = [queue.scaleMin ?? 1, queue.scaleMax ?? 10];
      if (input.grade === undefined || input.grade < min || input.grade > max) {
        throw new ApiError(422, "grade_out_of_scale", `grade: a grade from ${min} to ${max}.`);
      }
    }
    const before = await lockItemStanding(tx, item.id);
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${item.id}::int, hashtext(${reviewerId}))`;
    const mine = await tx.reviewDecision.findMany({ where: { itemId: item.id, reviewerId }, orderBy: { id: "asc" } });
    const standing = findActiveDecisions(mine).filter((d) => d.kind !== "NOTE");
    if (input.kind === "UNDO") {
      const last = standing.at(-1);
      if (!last) throw new ApiError(409, "nothing_to_undo", "You have no decision on this item to undo.");
      if (standing.length === 1) await countSeekBlock(tx, queueId, reviewerId, item, -1);
      const undo = await tx.reviewDecision.create({
        data: { queueId, itemId: item.id, sampleId: input.sampleId, reviewerId, kind: "UNDO", undoesId: last.id },
      });
      await keepItemProgress(tx, queue, item.id, before);
      return undo;
    }
    if (input.kind !== "NOTE" && standing.length > 0) {
      throw new ApiError(
        409,
        "already_decided",
        `You already decided this item (${standing[0]?.kind} at ${standing[0]?.createdAt.toISOString()}); undo it first.`,
      );
    }
    if (input.kind !== "NOTE") await countSeekBlock(tx, queueId, reviewerId, item, 1);
    const decision = await tx.reviewDecision.create({
      data: {
        queueId,
        itemId: item.id,
        sampleId: input.sampleId,
        reviewerId,
        kind: input.kind,
        label: input.label ?? null,
        newLabel: input.newLabel,
        grade: input.kind === "GRADE" ? (input.grade ?? null) : null,
        note: input.note ?? null,
      },
    });
    if (input.kind !== "NOTE") await keepItemProgress(tx, queue, item.id, before);
    return decision;
  });
}
