import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { seedInvalidAnswersQueue } from "@/test/review-queue-seed";
import { recordDecision } from "./decide";
import { findReviewItem } from "./item";

afterAll(() => prisma.$disconnect());

describe("assigned review queues", () => {
  it("deals items to the assignees in turn, and seeks each reviewer's next open item", async () => {
    const [alice, bob] = [`alice-${randomUUID()}`, `bob-${randomUUID()}`];
    const { queue, items } = await seedInvalidAnswersQueue(6, alice, { reviewsPerItem: 1, assigneeIds: [alice, bob] });
    expect(items.map((item) => item.assigneeId)).toEqual([alice, bob, alice, bob, alice, bob]);
    const seek = async (reviewer: string, position: number) =>
      (await findReviewItem(prisma, queue.id, { position, seek: "open" }, reviewer)).position;

    expect(await seek(alice, 0)).toBe(0);
    expect(await seek(bob, 0)).toBe(1);
    const decide = (reviewer: string, position: number, kind: "CONFIRM" | "NOTE" | "UNDO") =>
      recordDecision(prisma, queue.id, reviewer, {
        sampleId: items[position]!.sampleId,
        kind,
        newLabel: false,
        ...(kind === "NOTE" ? { note: "look again" } : {}),
      });
    await decide(alice, 0, "CONFIRM");
    await decide(alice, 2, "NOTE"); // a note decides nothing: item 2 stays open
    expect(await seek(alice, 0)).toBe(2);
    await decide(alice, 2, "CONFIRM");
    await decide(alice, 4, "CONFIRM");
    await expect(findReviewItem(prisma, queue.id, { position: 0, seek: "open" }, alice)).rejects.toMatchObject({
      status: 404,
      code: "no_open_item",
    });
    // Undo reopens the item; the item view names its assignee.
    await decide(alice, 2, "UNDO");
    const reopened = await findReviewItem(prisma, queue.id, { position: 0, seek: "open" }, alice);
    expect(reopened.position).toBe(2);
    expect(reopened.item.assigneeId).toBe(alice);
    // Bob's items are untouched by Alice's decisions.
    expect(await seek(bob, 2)).toBe(3);
  });
});
