// The contract test's pairwise records: an open-QA dataset answered by two complete runs, a completed pairwise
// judging of them (for the reads, re-judge and the failing cancel/resume) and a running one (cancelled, then resumed).
import type { TPrisma } from "@/lib/db/prisma";
import { createPairwiseJudging } from "@/lib/pairwise/create";
import { getPairwiseQueue } from "@/lib/pairwise/queue";
import { seedQaDataset } from "@/test/judging-fixtures";
import { seedQaRun } from "@/test/pairwise-fixtures";
import { seedEndpoint } from "@/test/runs-harness";

export async function seedPairwiseFixtures(db: TPrisma) {
  const qa = await seedQaDataset(db, [
    { question: "What is angina?", answer: "Chest pain from reduced blood flow." },
    { question: "What is a tumour?", answer: "An abnormal mass of tissue." },
  ]);
  const samples = await db.sample.findMany({ where: { datasetId: qa.datasetId }, select: { id: true, index: true } });
  const baseUrl = "https://api.example.com/v1";
  const runIds = [
    await seedQaRun(db, { datasetId: qa.datasetId, samples, answers: ["Chest pain.", "A lump."], baseUrl, model: "a" }),
    await seedQaRun(db, { datasetId: qa.datasetId, samples, answers: ["Pain.", "A mass."], baseUrl, model: "b" }),
  ];
  const judges = [
    await seedEndpoint(db, { baseUrl, model: "judge-1" }),
    await seedEndpoint(db, { baseUrl, model: "judge-2" }),
  ];
  const input = { judgeEndpointIds: [judges[0]!], runIds };
  const completed = await createPairwiseJudging(db, getPairwiseQueue(), input);
  const running = await createPairwiseJudging(db, getPairwiseQueue(), input);
  await db.pairwiseJudging.update({
    where: { id: completed.id },
    data: { status: "COMPLETED", finishedAt: new Date() },
  });
  await db.pairwiseJudging.update({ where: { id: running.id }, data: { status: "RUNNING", startedAt: new Date() } });
  return { runIds, judges, sampleId: samples[0]!.id, completedId: completed.id, runningId: running.id };
}
