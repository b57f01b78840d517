import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { seedTestDataset } from "@/test/seed-test-dataset";
import { runOpenAiExperiment, type TExperimentDeps } from "./openai-experiment";
import { planOpenAiExperiment, type TOpenAiPlan } from "./openai-plan";

afterAll(async () => {
  await prisma.$disconnect();
});

async function createDataset(task: "CLASSIFICATION" | "OPEN_QA") {
  const labels = task === "CLASSIFICATION" ? ["cardio", "neuro"] : [];
  const { dataset } = await seedTestDataset(prisma, {
    name: `openai-experiment-${task}`,
    task,
    labels,
    expected: Array.from({ length: 6 }, (_, index) =>
      task === "CLASSIFICATION" ? labels[index % 2]! : `reference answer ${index}`,
    ),
    input: (index) => `question or abstract number ${index}`,
    train: 2,
  });
  return dataset.id;
}

/** The plan from a real environment, with names of its own and a base URL the test install may call. */
function planFor(suffix: string, spend: boolean): TOpenAiPlan {
  const plan = planOpenAiExperiment({
    OPENAI_API_KEY: "sk-test-0000000000000000abcd",
    OPENAI_BASE_URL: "http://127.0.0.1:9/v1",
    EVALBOARD_FINETUNED_BASE_URL: "http://127.0.0.1:9/v1",
    EVALBOARD_FINETUNED_MODEL: `tuned-${suffix}`,
    ...(spend ? { EVALBOARD_DEMO_SPEND: "yes" } : {}),
  })!;
  const rename = (name: string) => `${name} ${suffix}`;
  return {
    ...plan,
    endpoints: plan.endpoints.map((endpoint) => ({ ...endpoint, name: rename(endpoint.name) })),
    runs: plan.runs.map((run) => ({ ...run, endpoint: rename(run.endpoint) })),
    judge: { ...plan.judge, endpoint: rename(plan.judge.endpoint) },
  };
}

describe("runOpenAiExperiment", () => {
  it("prints the estimate and spends nothing until confirmed, then queues runs and judgings once", async () => {
    const suffix = randomUUID().slice(0, 8);
    const datasets = [
      { key: "abstracts", name: "a", id: await createDataset("CLASSIFICATION"), rowCount: 6, created: true },
      { key: "medquad", name: "m", id: await createDataset("OPEN_QA"), rowCount: 6, created: true },
    ];
    const dispatched = { runs: [] as string[], judgings: [] as string[] };
    const deps: TExperimentDeps = {
      db: prisma,
      runQueue: { prefix: `evalboard-test-${suffix}`, enqueueDispatch: async (id) => void dispatched.runs.push(id) },
      judgingQueue: {
        prefix: `evalboard-test-${suffix}`,
        enqueueDispatch: async (id) => void dispatched.judgings.push(id),
      },
    };
    const logged: string[] = [];
    const log = (line: string) => void logged.push(line);

    const dry = await runOpenAiExperiment(deps, planFor(suffix, false), datasets, log);
    expect(dry.status).toBe("awaiting-confirmation");
    expect(dry.endpoints.map((endpoint) => endpoint.status)).toEqual(["created", "created", "created"]);
    // 5 runs (gpt-4o-mini zero-shot on both, 1-shot on abstracts; the fine-tuned model on both) and the judge.
    expect(dry.estimate).toHaveLength(6);
    expect(dry.estimate.find((line) => line.label === `gpt-4o-mini ${suffix} 1-shot on abstracts`)?.calls).toBe(4);
    // The judge grades 2 answer sets (gpt-4o-mini, the fine-tuned model) plus the references: 3 x 4 samples.
    expect(dry.estimate.at(-1)).toMatchObject({ calls: 12 });
    expect(dry.estimate.at(-1)?.cost).toBeGreaterThan(0);
    // The fine-tuned model has no price: its lines are unknown, not free.
    expect(dry.estimate.filter((line) => line.cost === null)).toHaveLength(2);
    expect(logged.at(-1)).toBe("Nothing was spent. To run it: EVALBOARD_DEMO_SPEND=yes npm run up");
    const endpointIds = dry.endpoints.map((endpoint) => endpoint.id);
    expect(await prisma.run.count({ where: { endpointId: { in: endpointIds } } })).toBe(0);

    const spent = await runOpenAiExperiment(deps, planFor(suffix, true), datasets, log);
    expect(spent.status).toBe("started");
    expect(spent.endpoints.map((endpoint) => endpoint.status)).toEqual(["kept", "kept", "kept"]);
    const runs = await prisma.run.findMany({ where: { id: { in: spent.runs } }, include: { endpoint: true } });
    expect(runs.map((run) => [run.endpoint.model, run.shots, run.task]).sort()).toEqual(
      [
        ["gpt-4o-mini", 0, "CLASSIFICATION"],
        ["gpt-4o-mini", 0, "OPEN_QA"],
        ["gpt-4o-mini", 1, "CLASSIFICATION"],
        [`tuned-${suffix}`, 0, "CLASSIFICATION"],
        [`tuned-${suffix}`, 0, "OPEN_QA"],
      ].sort(),
    );
    const judgings = await prisma.judging.findMany({ where: { id: { in: spent.judgings } } });
    const qaRuns = runs.filter((run) => run.task === "OPEN_QA").map((run) => run.id);
    expect(judgings.map((judging) => judging.runId).sort()).toEqual([...qaRuns, null].sort());
    expect(new Set(judgings.map((judging) => judging.judgeEndpointId))).toEqual(new Set([endpointIds[1]]));
    expect(dispatched.runs.sort()).toEqual([...spent.runs].sort());
    expect(dispatched.judgings.sort()).toEqual([...spent.judgings].sort());

    const again = await runOpenAiExperiment(deps, planFor(suffix, true), datasets, log);
    expect(again).toMatchObject({ status: "nothing-to-do", runs: [], judgings: [], estimate: [] });
    expect(dispatched.runs).toHaveLength(5);
  });
});
