import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { seedInvalidAnswersQueue } from "@/test/review-queue-seed";
import { aggregateProgress } from "@/test/review-progress-reference";
import { findActiveDecisions, judgeItem } from "./active";
import { recordDecision } from "./decide";
import { getReviewItem } from "./item";
import { countProgress, rebuildProgress } from "./progress";
import type { TDecisionInput } from "./schemas";

afterAll(() => prisma.$disconnect());

/** Every item's stored standing, and what judgeItem says from its decisions read back. */
async function standings(queueId: string, reviewsPerItem: number) {
  const items = await prisma.reviewItem.findMany({ where: { queueId }, orderBy: { position: "asc" } });
  const decisions = await prisma.reviewDecision.findMany({ where: { queueId }, orderBy: { id: "asc" } });
  const stored = items.map((item) => ({ position: item.position, reviews: item.reviews, verdict: item.verdict }));
  const judged = items.map((item) => {
    const verdict = judgeItem(findActiveDecisions(decisions.filter((d) => d.itemId === item.id)), reviewsPerItem);
    return { position: item.position, reviews: verdict.reviews, verdict: verdict.state.toUpperCase() };
  });
  return { stored, judged };
}

describe("review progress counters", () => {
  it("keeps a queue's decided and conflict counts equal to the aggregate over its decisions, step by step", async () => {
    const [alice, bob, carol] = [`alice-${randomUUID()}`, `bob-${randomUUID()}`, `carol-${randomUUID()}`];
    const { queue, items } = await seedInvalidAnswersQueue(5, alice, { reviewsPerItem: 2 });
    const decide = (reviewer: string, position: number, input: Omit<TDecisionInput, "sampleId" | "newLabel">) =>
      recordDecision(prisma, queue.id, reviewer, { sampleId: items[position]!.sampleId, newLabel: false, ...input });
    const progress = () => countProgress(prisma, queue.id);
    const check = async (expected: { decided: number; conflicts: number }) => {
      const reference = await aggregateProgress(prisma, queue.id, 2);
      expect(reference).toEqual(expected);
      expect(await progress()).toEqual(reference);
      const { stored, judged } = await standings(queue.id, 2);
      expect(stored).toEqual(judged);
    };

    await check({ decided: 0, conflicts: 0 });
    // One review of two asked: still open.
    await decide(alice, 0, { kind: "CONFIRM" });
    await check({ decided: 0, conflicts: 0 });
    // A note says nothing about the item.
    await decide(bob, 0, { kind: "NOTE", note: "look again" });
    await check({ decided: 0, conflicts: 0 });
    // Two agreeing reviews: decided.
    await decide(bob, 0, { kind: "CONFIRM" });
    await check({ decided: 1, conflicts: 0 });
    // A third reviewer disagrees: the decided item becomes a conflict.
    await decide(carol, 0, { kind: "EXCLUDE" });
    await check({ decided: 0, conflicts: 1 });
    // She undoes it: decided again.
    await decide(carol, 0, { kind: "UNDO" });
    await check({ decided: 1, conflicts: 0 });
    // Two reviewers disagree on item 1 (labels differ): a conflict beside the decided item.
    await decide(alice, 1, { kind: "RELABEL", label: "cardiology" });
    await decide(bob, 1, { kind: "RELABEL", label: "neoplasms" });
    await check({ decided: 1, conflicts: 1 });
    // Bob undoes and agrees: two decided.
    await decide(bob, 1, { kind: "UNDO" });
    await check({ decided: 1, conflicts: 0 });
    await decide(bob, 1, { kind: "RELABEL", label: "cardiology" });
    await check({ decided: 2, conflicts: 0 });
    // Undoing one of two agreeing reviews reopens the item; a note after it changes nothing.
    await decide(alice, 0, { kind: "UNDO" });
    await decide(alice, 0, { kind: "NOTE", note: "changed my mind" });
    await check({ decided: 1, conflicts: 0 });
    // The item view reports the same counters.
    expect((await getReviewItem(prisma, queue.id, 0, alice)).progress).toEqual({
      decided: 1,
      conflicts: 0,
      total: items.length,
    });

    // Two reviewers deciding one item at once, differently, twice over: the item's row lock serialises them.
    await Promise.all([decide(alice, 2, { kind: "CONFIRM" }), decide(bob, 2, { kind: "EXCLUDE" })]);
    await Promise.all([decide(alice, 3, { kind: "CONFIRM" }), decide(bob, 3, { kind: "CONFIRM" })]);
    await check({ decided: 2, conflicts: 1 });

    // The rebuild (for decisions written in bulk) lands on the same counters, and repairs broken ones.
    await prisma.$executeRaw`
      INSERT INTO "ReviewDecision" ("queueId", "itemId", "sampleId", "reviewerId", kind)
      SELECT i."queueId", i.id, i."sampleId", r.reviewer, 'EXCLUDE'
      FROM "ReviewItem" i CROSS JOIN (VALUES (${`dave-${randomUUID()}`}), (${`erin-${randomUUID()}`})) r(reviewer)
      WHERE i."queueId" = ${queue.id}::uuid AND i.position = 4`;
    await prisma.reviewQueue.update({ where: { id: queue.id }, data: { decidedCount: 99, conflictCount: 99 } });
    await rebuildProgress(prisma, queue.id);
    await check({ decided: 3, conflicts: 1 });
  });
});
