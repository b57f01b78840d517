import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { seedQaDataset } from "@/test/judging-fixtures";
import { seedQaRun } from "@/test/pairwise-fixtures";
import { seedEndpoint } from "@/test/runs-harness";
import { getQueueAgreement } from "./agreement";
import { createReviewQueue } from "./create-queue";
import { recordDecision } from "./decide";
import { getReviewItem } from "./item";

afterAll(() => prisma.$disconnect());

const ROWS = ["What is angina?", "What is a tumour?", "What is a stent?", "What is sepsis?", "What is gout?"].map(
  (question, i) => ({ question, answer: `reference ${i}` }),
);

/**
 * Per sample, the verdict as shown to each juror, unswapped then swapped (undefined: that call is missing). A flip is
 * a juror whose two orders disagree in contestant terms: "A" unswapped and "B" swapped both mean the first won.
 */
const SHOWN: [string | null | undefined, string | null | undefined][][] = [
  [
    ["A", "B"],
    ["A", "B"],
  ], // both jurors consistent: first wins
  [
    ["A", "A"],
    ["A", "B"],
  ], // juror 0 flips (first, then second)
  [
    ["C", "A"],
    ["B", "A"],
  ], // juror 0 flips (tie, then second); juror 1 consistent (second)
  [
    ["A", undefined],
    ["B", "A"],
  ], // juror 0's swapped call missing: a failure, not a flip
  [
    ["B", "A"],
    ["A", "A"],
  ], // juror 1 flips
];

async function seedFlips() {
  const qa = await seedQaDataset(prisma, ROWS);
  const baseUrl = "https://api.example.com/v1";
  const runIds = [
    await seedQaRun(prisma, { ...qa, answers: ROWS.map((_, i) => `short ${i}`), baseUrl, model: "a" }),
    await seedQaRun(prisma, { ...qa, answers: ROWS.map((_, i) => `long answer ${i}`), baseUrl, model: "b" }),
  ];
  const judges = [
    await seedEndpoint(prisma, { baseUrl, model: "j1" }),
    await seedEndpoint(prisma, { baseUrl, model: "j2" }),
  ];
  const judging = await prisma.pairwiseJudging.create({
    data: {
      datasetId: qa.datasetId,
      split: "TEST",
      runIds,
      judgeEndpointIds: judges,
      pairs: [[0, 1]],
      rubric: "Which answer is better?",
      status: "COMPLETED",
      total: ROWS.length * 2 * 2,
    },
  });
  await prisma.pairwiseVerdict.createMany({
    data: SHOWN.flatMap((jurors, i) =>
      jurors.flatMap((orders, judgeIndex) =>
        orders.flatMap((verdict, order) =>
          verdict === undefined
            ? []
            : [
                {
                  pairwiseJudgingId: judging.id,
                  sampleId: qa.samples[i]!.id,
                  pairIndex: 0,
                  judgeIndex,
                  swapped: order === 1,
                  verdict,
                },
              ],
        ),
      ),
    ),
  });
  return { ...qa, runIds, judgingId: judging.id };
}

describe("a review queue of flipped pairwise verdicts", () => {
  it("queues the flipped samples, shows both answers, and compares reviewers' preferences", async () => {
    const seed = await seedFlips();
    const [a, b] = [`a-${randomUUID()}`, `b-${randomUUID()}`];
    const queue = await createReviewQueue(
      prisma,
      { source: "pairwise-flips", pairwiseJudgingId: seed.judgingId, pairIndex: 0, reviewsPerItem: 2 },
      a,
    );
    // Any juror flipped: samples 1, 2 and 4; juror 1 alone: sample 4.
    const items = await prisma.reviewItem.findMany({ where: { queueId: queue.id }, orderBy: { position: "asc" } });
    expect(items.map((item) => item.sampleId)).toEqual([1, 2, 4].map((i) => seed.samples[i]!.id));
    const oneJuror = await createReviewQueue(
      prisma,
      { source: "pairwise-flips", pairwiseJudgingId: seed.judgingId, pairIndex: 0, judgeIndex: 1, reviewsPerItem: 1 },
      a,
    );
    expect(oneJuror.itemCount).toBe(1);

    const view = await getReviewItem(prisma, queue.id, 1, a);
    expect(view.mode).toBe("prefer");
    expect(view.item.sampleId).toBe(seed.samples[2]!.id);
    expect(view.pair).toMatchObject({ first: { text: "short 2" }, second: { text: "long answer 2" } });

    // Preferences: agree on items 0 and 2, disagree on item 1; a preference other than A, B or TIE is refused.
    const says = { [a]: ["A", "B", "TIE"], [b]: ["A", "A", "TIE"] };
    for (const reviewer of [a, b]) {
      for (const [position, item] of items.entries()) {
        await recordDecision(prisma, queue.id, reviewer, {
          sampleId: item.sampleId,
          kind: "PREFER",
          label: says[reviewer]![position],
          newLabel: false,
        });
      }
    }
    await expect(
      recordDecision(prisma, queue.id, `c-${randomUUID()}`, {
        sampleId: items[0]!.sampleId,
        kind: "PREFER",
        label: "C",
        newLabel: false,
      }),
    ).rejects.toMatchObject({ status: 422, code: "bad_preference" });
    await recordDecision(prisma, queue.id, a, {
      sampleId: items[0]!.sampleId,
      kind: "NOTE",
      note: "B rambles",
      newLabel: false,
    });
    const agreement = await getQueueAgreement(prisma, queue.id);
    expect(agreement.disagreements.map((d) => d.position)).toEqual([1]);
    expect(agreement.observedAgreement).toBeCloseTo(2 / 3, 10);
    // Cohen by hand: a = A,B,TIE; b = A,A,TIE. p_o = 2/3; p_e = (1/3·2/3) + (1/3·0) + (1/3·1/3) = 1/3 → κ = 0.5.
    expect(agreement.cohenKappa).toBeCloseTo(0.5, 10);
    const first = await getReviewItem(prisma, queue.id, 0, a);
    expect(first.verdict).toBe("agreed");
    expect(first.decisions.find((d) => d.kind === "NOTE")?.note).toBe("B rambles");
  });

  it("refuses a pair or a juror the judging does not have", async () => {
    const seed = await seedFlips();
    const create = (extra: { pairIndex: number; judgeIndex?: number }) =>
      createReviewQueue(
        prisma,
        { source: "pairwise-flips", pairwiseJudgingId: seed.judgingId, reviewsPerItem: 1, ...extra },
        null,
      );
    await expect(create({ pairIndex: 3 })).rejects.toMatchObject({ status: 422, code: "pair_not_found" });
    await expect(create({ pairIndex: 0, judgeIndex: 2 })).rejects.toMatchObject({
      status: 422,
      code: "judge_not_found",
    });
    await expect(
      createReviewQueue(
        prisma,
        { source: "pairwise-flips", pairwiseJudgingId: randomUUID(), pairIndex: 0, reviewsPerItem: 1 },
        null,
      ),
    ).rejects.toMatchObject({ status: 404, code: "pairwise_not_found" });
  });
});
