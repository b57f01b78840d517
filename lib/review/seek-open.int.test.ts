import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { seedInvalidAnswersQueue } from "@/test/review-queue-seed";
import { findActiveDecisions, type TDecisionRow } from "./active";
import { recordDecision } from "./decide";
import { findReviewItem } from "./item";
import { rebuildSeekBlocks, SEEK_BLOCK } from "./seek-blocks";

afterAll(() => prisma.$disconnect());

const blocksOf = (queueId: string) =>
  prisma.reviewSeekBlock.findMany({
    where: { queueId },
    select: { reviewerId: true, block: true, eligible: true, decided: true },
    orderBy: [{ reviewerId: "asc" }, { block: "asc" }],
  });

/** The first open position from `from`, judged in JS from every item and decision (findActiveDecisions' rule). */
async function expectedOpen(queueId: string, reviewer: string, from: number): Promise<number | null> {
  const items = await prisma.reviewItem.findMany({ where: { queueId }, orderBy: { position: "asc" } });
  const byItem = new Map<number, TDecisionRow[]>();
  for (const d of await prisma.reviewDecision.findMany({ where: { queueId, reviewerId: reviewer } })) {
    byItem.set(d.itemId, [...(byItem.get(d.itemId) ?? []), d]);
  }
  for (const item of items) {
    if (item.position < from || (item.assigneeId !== null && item.assigneeId !== reviewer)) continue;
    if (!findActiveDecisions(byItem.get(item.id) ?? []).some((d) => d.kind !== "NOTE")) return item.position;
  }
  return null;
}

describe("seek=open (my next open item)", () => {
  it("skips only the caller's own standing decisions and items dealt to others, however many others decided", async () => {
    const [alice, bob, carol] = [`alice-${randomUUID()}`, `bob-${randomUUID()}`, `carol-${randomUUID()}`];
    const { queue, items } = await seedInvalidAnswersQueue(6, alice, { reviewsPerItem: 2 });
    const decide = (reviewer: string, position: number, kind: "CONFIRM" | "EXCLUDE" | "NOTE" | "UNDO") =>
      recordDecision(prisma, queue.id, reviewer, {
        sampleId: items[position]!.sampleId,
        kind,
        newLabel: false,
        ...(kind === "NOTE" ? { note: "look again" } : {}),
      });
    const seek = async (reviewer: string, position: number) =>
      (await findReviewItem(prisma, queue.id, { position, seek: "open" }, reviewer)).position;

    // Item 0 needs a second review: Bob's decision leaves it open to Alice.
    await decide(bob, 0, "CONFIRM");
    expect(await seek(alice, 0)).toBe(0);
    // Today's rule counts only the caller's decisions: two agreeing reviews by others leave the item open to her.
    await decide(carol, 0, "CONFIRM");
    expect(await seek(alice, 0)).toBe(0);
    await decide(alice, 0, "EXCLUDE");
    await decide(alice, 1, "CONFIRM");
    await decide(alice, 2, "NOTE");
    expect(await seek(alice, 0)).toBe(2);
    await decide(alice, 2, "CONFIRM");
    await decide(alice, 1, "UNDO");
    expect(await seek(alice, 0)).toBe(1);
    expect(await seek(alice, 2)).toBe(3);
    expect(await seek(bob, 0)).toBe(1);
    // The incremental block counts equal a recount from the decisions.
    const kept = await blocksOf(queue.id);
    await rebuildSeekBlocks(prisma, queue.id);
    expect(kept).toEqual(await blocksOf(queue.id));
    expect(kept.find((b) => b.reviewerId === alice)).toMatchObject({ block: 0, eligible: 6, decided: 2 });
  });

  it("counts only items dealt to the reviewer in their blocks", async () => {
    const [alice, bob] = [`alice-${randomUUID()}`, `bob-${randomUUID()}`];
    const { queue, items } = await seedInvalidAnswersQueue(4, alice, { reviewsPerItem: 1, assigneeIds: [alice, bob] });
    const decide = (reviewer: string, position: number) =>
      recordDecision(prisma, queue.id, reviewer, {
        sampleId: items[position]!.sampleId,
        kind: "CONFIRM",
        newLabel: false,
      });
    await decide(alice, 0);
    await decide(alice, 1); // Bob's item: decided by Alice, still Bob's to decide, and not in Alice's count.
    await decide(alice, 2);
    await expect(findReviewItem(prisma, queue.id, { position: 0, seek: "open" }, alice)).rejects.toMatchObject({
      status: 404,
      code: "no_open_item",
    });
    expect((await findReviewItem(prisma, queue.id, { position: 0, seek: "open" }, bob)).position).toBe(1);
    const kept = await blocksOf(queue.id);
    expect(kept).toEqual([{ reviewerId: alice, block: 0, eligible: 2, decided: 2 }]);
    await rebuildSeekBlocks(prisma, queue.id);
    expect(await blocksOf(queue.id)).toEqual(kept);
  });

  it("answers as an item-by-item walk does across full, partly decided and undone blocks", async () => {
    const count = 3 * SEEK_BLOCK + 10;
    const [alice, bob] = [`alice-${randomUUID()}`, `bob-${randomUUID()}`];
    const { queue } = await seedInvalidAnswersQueue(count, alice, { reviewsPerItem: 1 });
    // Alice decided blocks 0 and 2 in full and block 1 but for one item (written in bulk, as an import would);
    // Bob decided everything. Then, through recordDecision, she undoes one item of block 2 and decides the gap.
    const gap = SEEK_BLOCK + 700;
    await prisma.$executeRaw`
      INSERT INTO "ReviewDecision" ("queueId", "itemId", "sampleId", "reviewerId", kind)
      SELECT i."queueId", i.id, i."sampleId", r.reviewer, 'CONFIRM'
      FROM "ReviewItem" i CROSS JOIN (VALUES (${alice}), (${bob})) r(reviewer)
      WHERE i."queueId" = ${queue.id}::uuid AND (r.reviewer = ${bob} OR (i.position < ${3 * SEEK_BLOCK} AND i.position <> ${gap}))`;
    await rebuildSeekBlocks(prisma, queue.id);
    const at = (position: number) =>
      prisma.reviewItem.findUniqueOrThrow({ where: { queueId_position: { queueId: queue.id, position } } });
    const seekFrom = async (from: number) => {
      try {
        return (await findReviewItem(prisma, queue.id, { position: from, seek: "open" }, alice)).position;
      } catch (error) {
        if ((error as { code?: string }).code === "no_open_item") return null;
        throw error;
      }
    };
    const starts = [0, 1, SEEK_BLOCK - 1, SEEK_BLOCK, gap, gap + 1, 2 * SEEK_BLOCK, 2 * SEEK_BLOCK + 5, count - 1];
    const check = async () => {
      for (const from of starts) expect(await seekFrom(from)).toBe(await expectedOpen(queue.id, alice, from));
    };
    await check();
    expect(await seekFrom(0)).toBe(gap);
    await recordDecision(prisma, queue.id, alice, {
      sampleId: (await at(2 * SEEK_BLOCK + 5)).sampleId,
      kind: "UNDO",
      newLabel: false,
    });
    await recordDecision(prisma, queue.id, alice, {
      sampleId: (await at(gap)).sampleId,
      kind: "CONFIRM",
      newLabel: false,
    });
    await check();
    expect(await seekFrom(0)).toBe(2 * SEEK_BLOCK + 5);
    expect(await seekFrom(count - 1)).toBe(count - 1);
    const kept = await blocksOf(queue.id);
    await rebuildSeekBlocks(prisma, queue.id);
    expect(await blocksOf(queue.id)).toEqual(kept);
  });
});
