import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api/errors";
import { prisma } from "@/lib/db/prisma";
import { scoreRunOnVersion } from "@/lib/versions/rescore";
import { seedRunWithOutputs } from "@/test/outputs-seed";
import { acceptQueue } from "./accept";
import { createReviewQueue } from "./create-queue";
import { recordDecision } from "./decide";
import { getReviewItem } from "./item";

afterAll(() => prisma.$disconnect());

const ANSWERS = ["cardiology", "!cancer", "!Cancer", "neoplasms", "!heart", "!tumour", "cardiology", "!??"];

async function refusal(promise: Promise<unknown>): Promise<{ status: number; code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return { status: error.status, code: error.code, message: error.message };
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("review queues and decisions", () => {
  it("queues a run's invalid answers, refuses bad decisions with a reason, keeps concurrent ones, accepts a version", async () => {
    const seed = await seedRunWithOutputs(ANSWERS);
    const other = await seedRunWithOutputs(["cardiology"]);
    const [alice, bob] = [`alice-${randomUUID()}`, `bob-${randomUUID()}`];
    const queue = await createReviewQueue(
      prisma,
      { source: "run", runId: seed.runId, view: "invalid", reviewsPerItem: 1 },
      alice,
    );
    const invalid = ANSWERS.flatMap((answer, i) => (answer.startsWith("!") ? [seed.samples[i]!.id] : []));
    expect(queue.itemCount).toBe(invalid.length);
    const items = await prisma.reviewItem.findMany({ where: { queueId: queue.id }, orderBy: { position: "asc" } });
    expect(items.map((item) => item.sampleId)).toEqual(invalid);

    // Bad input, each with its reason.
    const [s0, s1, s2, s3, s4] = invalid as [number, number, number, number, number];
    expect(
      await refusal(
        recordDecision(prisma, queue.id, alice, { sampleId: s0, kind: "RELABEL", label: "oncology", newLabel: false }),
      ),
    ).toMatchObject({ status: 422, code: "label_not_in_set" });
    expect(
      await refusal(
        recordDecision(prisma, queue.id, alice, { sampleId: other.samples[0]!.id, kind: "CONFIRM", newLabel: false }),
      ),
    ).toMatchObject({ status: 422, code: "sample_of_another_dataset" });
    expect(
      await refusal(
        recordDecision(prisma, queue.id, alice, { sampleId: seed.samples[0]!.id, kind: "CONFIRM", newLabel: false }),
      ),
    ).toMatchObject({ status: 422, code: "not_in_queue" });

    // Alias on "cancer"; the same reviewer twice is refused; undo, then decide again.
    await recordDecision(prisma, queue.id, alice, { sampleId: s0, kind: "ALIAS", label: "neoplasms", newLabel: false });
    const twice = await refusal(
      recordDecision(prisma, queue.id, alice, { sampleId: s0, kind: "CONFIRM", newLabel: false }),
    );
    expect(twice).toMatchObject({ status: 409, code: "already_decided" });
    await recordDecision(prisma, queue.id, alice, { sampleId: s0, kind: "UNDO", newLabel: false });
    await recordDecision(prisma, queue.id, alice, { sampleId: s0, kind: "ALIAS", label: "neoplasms", newLabel: false });
    // A new label, confirmed explicitly; a plain correction; an exclusion.
    await recordDecision(prisma, queue.id, alice, { sampleId: s1, kind: "RELABEL", label: "oncology", newLabel: true });
    await recordDecision(prisma, queue.id, alice, {
      sampleId: s2,
      kind: "RELABEL",
      label: flip(seed.expected[4]!),
      newLabel: false,
    });
    await recordDecision(prisma, queue.id, alice, { sampleId: s3, kind: "EXCLUDE", newLabel: false });
    // Two reviewers on one item at the same moment: both kept, the item in conflict, nothing lost.
    await Promise.all([
      recordDecision(prisma, queue.id, alice, { sampleId: s4, kind: "CONFIRM", newLabel: false }),
      recordDecision(prisma, queue.id, bob, { sampleId: s4, kind: "EXCLUDE", newLabel: false }),
    ]);
    const view = await getReviewItem(prisma, queue.id, 4, bob);
    expect(view.item.sampleId).toBe(s4);
    expect(view.verdict).toBe("conflict");
    expect(view.decisions.map((d) => d.reviewerId).sort()).toEqual([alice, bob].sort());
    expect(view.mine).toEqual({ kind: "EXCLUDE", label: null, grade: null });
    expect(view.progress).toEqual({ decided: 4, conflicts: 1, total: invalid.length });
    // The audit trail keeps the undone decision and the undo.
    expect(await prisma.reviewDecision.count({ where: { queueId: queue.id, sampleId: s0 } })).toBe(3);

    const accepted = await acceptQueue(prisma, queue.id, alice);
    expect(accepted).toMatchObject({ relabelled: 2, excluded: 1, aliases: 1, conflicts: [4] });
    expect(accepted.version.number).toBe(2);
    const version = await prisma.datasetVersion.findUniqueOrThrow({ where: { id: accepted.version.id } });
    expect(version.labels).toEqual(["cardiology", "neoplasms", "oncology"]);
    const aliases = await prisma.answerAlias.findMany({ where: { versionId: version.id } });
    expect(aliases.map((a) => [a.answer, a.label])).toEqual([["cancer", "neoplasms"]]);

    // Re-scored: "Cancer" (sample 2, relabelled) and "cancer" both alias to neoplasms; exact counts by hand.
    const score = await scoreRunOnVersion(prisma, seed.runId, version.id);
    expect(score.excluded).toBe(1);
    expect(score.answered).toBe(ANSWERS.length - 1);
    const aliasValid = score.aliasCells.filter((c) => c.predicted !== null).reduce((n, c) => n + c.count, 0);
    const valid = score.cells.filter((c) => c.predicted !== null).reduce((n, c) => n + c.count, 0);
    expect(valid).toBe(ANSWERS.filter((a) => !a.startsWith("!")).length);
    expect(aliasValid - valid).toBe(2);
  });
});

function flip(label: string): string {
  return label === "cardiology" ? "neoplasms" : "cardiology";
}
