import { ApiError } from "@/lib/api/errors";
import { findQueueOr404 } from "./find-queue";
import type { TPrisma } from "@/lib/db/prisma";
import { createVersion } from "@/lib/versions/create";
import { latestVersionId } from "@/lib/versions/latest";
import { findActiveDecisions, judgeItem } from "./active";

export type TAcceptResult = {
  version: { id: string; number: number; contentHash: string };
  relabelled: number;
  excluded: number;
  aliases: number;
  /** Items whose reviewers disagree: left out of the version, listed so someone settles them. */
  conflicts: number[];
  /** Items still short of their reviews: left out. */
  open: number;
};

/**
 * Turns a queue's agreed decisions into a new version of its dataset, on top of the latest one: label corrections
 * and exclusions as overrides, aliases (the reviewed answer's text) for the separate alias figure. Items whose
 * reviewers disagree, or that lack reviews, change nothing. One transaction: a failure leaves no version.
 */
export async function acceptQueue(db: TPrisma, queueId: string, userId: string | null): Promise<TAcceptResult> {
  const queue = await findQueueOr404(db, queueId);
  const decisions = await db.reviewDecision.findMany({ where: { queueId }, orderBy: { id: "asc" } });
  const items = await db.reviewItem.findMany({
    where: { id: { in: [...new Set(decisions.map((d) => d.itemId))] } },
    select: { id: true, sampleId: true, position: true, outputId: true },
  });
  // The alias key as re-scoring computes it (lib/versions/rescore-sql.ts), so both sides agree byte for byte.
  const outputs = await db.$queryRaw<{ id: number; answer: string | null }[]>`
    SELECT id, lower(btrim("rawText")) AS answer FROM "Output"
    WHERE id = ANY(${items.flatMap((item) => (item.outputId === null ? [] : [item.outputId]))}::int[])`;
  const relabel = new Map<number, string>();
  const exclude = new Set<number>();
  const aliases = new Map<string, string>();
  const newLabels = new Set<string>();
  const conflicts: number[] = [];
  let open = 0;
  for (const item of items) {
    const verdict = judgeItem(findActiveDecisions(decisions.filter((d) => d.itemId === item.id)), queue.reviewsPerItem);
    if (verdict.state === "conflict") conflicts.push(item.position);
    if (verdict.state === "open") open += 1;
    if (verdict.state !== "agreed") continue;
    const { kind, label, newLabel } = verdict.decision;
    if (kind === "RELABEL" && label) relabel.set(item.sampleId, label);
    if (kind === "EXCLUDE") exclude.add(item.sampleId);
    const answer = outputs.find((output) => output.id === item.outputId)?.answer;
    if (kind === "ALIAS" && label && answer) aliases.set(answer, label);
    if ((kind === "RELABEL" || kind === "ALIAS") && label && newLabel) newLabels.add(label);
  }
  if (relabel.size + exclude.size + aliases.size === 0) {
    throw new ApiError(422, "nothing_to_accept", "No agreed correction, exclusion or alias in this queue yet.");
  }
  return db.$transaction(
    async (tx) => {
      const parentId = await latestVersionId(tx, queue.datasetId);
      const parent = parentId ? await tx.datasetVersion.findUnique({ where: { id: parentId } }) : null;
      if (!parent) throw new ApiError(409, "no_version", "The dataset has no version yet.");
      const version = await createVersion(tx, {
        datasetId: queue.datasetId,
        parentId: parent.id,
        change: { relabel, exclude, aliases },
        labels: [...new Set([...parent.labels, ...newLabels])],
        reviewQueueId: queue.id,
        createdById: userId,
      });
      return { version, relabelled: relabel.size, excluded: exclude.size, aliases: aliases.size, conflicts, open };
    },
    { timeout: 60_000 },
  );
}
