import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { cohenKappa, computeJudgeAgreement } from "@/lib/metrics";
import { seedJudging, seedRunWithOutputs } from "@/test/outputs-seed";
import { getQueueAgreement } from "./agreement";
import { getQueueCalibration } from "./calibration";
import { createReviewQueue } from "./create-queue";
import { recordDecision } from "./decide";

afterAll(() => prisma.$disconnect());

describe("agreement between reviewers and in-app calibration", () => {
  it("gives Cohen's and Fleiss' kappa against reference values, and lists the disagreements", async () => {
    const seed = await seedRunWithOutputs(Array.from({ length: 10 }, () => "!unsure"));
    const [a, b] = [`a-${randomUUID()}`, `b-${randomUUID()}`];
    const queue = await createReviewQueue(
      prisma,
      { source: "run", runId: seed.runId, view: "invalid", reviewsPerItem: 2 },
      a,
    );
    // Two reviewers, 10 items, CONFIRM (C) or EXCLUDE (X): agree on 7.
    const first = "CCCCCXXXCX";
    const second = "CCCCXXXCCC";
    for (let i = 0; i < 10; i += 1) {
      const sampleId = seed.samples[i]!.id;
      for (const [reviewer, says] of [
        [a, first[i]],
        [b, second[i]],
      ] as const) {
        await recordDecision(prisma, queue.id, reviewer, {
          sampleId,
          kind: says === "C" ? "CONFIRM" : "EXCLUDE",
          newLabel: false,
        });
      }
    }
    const agreement = await getQueueAgreement(prisma, queue.id);
    // Reference by hand: p_o = 7/10; margins a: C 6, X 4; b: C 7, X 3 → p_e = 0.6·0.7 + 0.4·0.3 = 0.54; κ = 0.16/0.46.
    expect(agreement.cohenKappa).toBeCloseTo(0.16 / 0.46, 10);
    expect(agreement.cohenKappa).toBeCloseTo(
      cohenKappa(
        [...first].map((c) => +(c === "C")),
        [...second].map((c) => +(c === "C")),
      )!,
      10,
    );
    // Fleiss with 2 raters: p̄ = 0.7; category shares C 13/20, X 7/20 → P̄e = 0.4225 + 0.1225 = 0.545.
    expect(agreement.fleissKappa).toBeCloseTo((0.7 - 0.545) / (1 - 0.545), 10);
    expect(agreement.observedAgreement).toBeCloseTo(0.7, 10);
    expect(agreement.disagreements.map((d) => d.position)).toEqual([4, 7, 9]);
  });

  it("feeds grades given in the app into the judge calibration, no file needed", async () => {
    const seed = await seedRunWithOutputs(Array.from({ length: 6 }, () => "cardiology"));
    const judgingId = await seedJudging(seed, [9, 2, 7, 4, 10, 1]);
    const reviewer = `g-${randomUUID()}`;
    const queue = await createReviewQueue(
      prisma,
      { source: "judge-grades", judgingId, maxGrade: 10, scaleMin: 1, scaleMax: 4, reviewsPerItem: 1 },
      reviewer,
    );
    expect(queue.itemCount).toBe(6);
    const human = [4, 1, 3, 2, 4, 2];
    for (let i = 0; i < 6; i += 1) {
      await recordDecision(prisma, queue.id, reviewer, {
        sampleId: seed.samples[i]!.id,
        kind: "GRADE",
        grade: human[i],
        newLabel: false,
      });
    }
    const refused = recordDecision(prisma, queue.id, `other-${randomUUID()}`, {
      sampleId: seed.samples[0]!.id,
      kind: "GRADE",
      grade: 7,
      newLabel: false,
    });
    await expect(refused).rejects.toMatchObject({ status: 422, code: "grade_out_of_scale" });
    const calibration = await getQueueCalibration(prisma, queue.id);
    const expected = computeJudgeAgreement(
      [9, 2, 7, 4, 10, 1].map((judge, i) => ({ judge, human: human[i]! })),
      { min: 1, max: 4 },
    );
    expect(calibration).toMatchObject({ graded: 6, n: 6, spearman: expected.spearman, kappa: expected.kappa });
    expect(calibration.spearman).toBeGreaterThan(0.8);
  });
});
