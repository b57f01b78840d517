import { z } from "zod";

/**
 * The article's experiment with real models, planned from the environment: a commercial model zero-shot on both demo
 * datasets and 1-shot on the classification one, optionally a fine-tuned model behind any OpenAI-compatible URL, and
 * a GPT-4-class judge grading every open-QA run plus the dataset's reference answers. Pure: scripts/seed.ts passes process.env.
 */

export const SPEND_CONFIRMATION = { variable: "EVALBOARD_DEMO_SPEND", value: "yes" } as const;

/** USD per million tokens (OpenAI list prices); other models get no price, so their cost shows as unknown. */
const LIST_PRICES: Record<string, { inputPricePerM: number; outputPricePerM: number }> = {
  "gpt-4o-mini": { inputPricePerM: 0.15, outputPricePerM: 0.6 },
  "gpt-4o": { inputPricePerM: 2.5, outputPricePerM: 10 },
};

export type TPlannedEndpoint = {
  name: string;
  baseUrl: string;
  model: string;
  apiKey: string | null;
  inputPricePerM: number | null;
  outputPricePerM: number | null;
  tags: string[];
};

/** One run of a planned endpoint on a demo dataset (by key, as in DEMO_PLAN), on its TEST split. */
export type TPlannedRun = { endpoint: string; dataset: string; shots: number };

export type TOpenAiPlan = {
  endpoints: TPlannedEndpoint[];
  runs: TPlannedRun[];
  /** The judge endpoint's name, and the open-QA dataset whose runs and reference answers it grades. */
  judge: { endpoint: string; dataset: string };
  /** True only with EVALBOARD_DEMO_SPEND=yes: otherwise the seed prints the estimate and stops there. */
  spend: boolean;
};

const optional = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();
const price = z.coerce.number().min(0).optional();

const ZOpenAiEnv = z.object({
  OPENAI_API_KEY: optional,
  OPENAI_BASE_URL: optional,
  EVALBOARD_OPENAI_MODEL: optional,
  EVALBOARD_JUDGE_MODEL: optional,
  EVALBOARD_FINETUNED_BASE_URL: optional,
  EVALBOARD_FINETUNED_MODEL: optional,
  EVALBOARD_FINETUNED_API_KEY: optional,
  EVALBOARD_FINETUNED_INPUT_PRICE_PER_M: z.preprocess((v) => (v === "" ? undefined : v), price),
  EVALBOARD_FINETUNED_OUTPUT_PRICE_PER_M: z.preprocess((v) => (v === "" ? undefined : v), price),
  EVALBOARD_DEMO_SPEND: optional,
});

const DATASETS = { classification: "abstracts", qa: "medquad" } as const;

function planEndpoint(name: string, baseUrl: string, model: string, apiKey: string, tags: string[]): TPlannedEndpoint {
  const prices = LIST_PRICES[model] ?? { inputPricePerM: null, outputPricePerM: null };
  return { name, baseUrl, model, apiKey, ...prices, tags };
}

/**
 * The experiment to run, or null without OPENAI_API_KEY (the demo then stays local and free). Throws, naming the
 * variable, on a half-configured fine-tuned model or a malformed price.
 */
export function planOpenAiExperiment(source: Record<string, string | undefined>): TOpenAiPlan | null {
  const parsed = ZOpenAiEnv.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`OpenAI experiment settings: ${problems}`);
  }
  const env = parsed.data;
  if (!env.OPENAI_API_KEY) return null;
  if (Boolean(env.EVALBOARD_FINETUNED_BASE_URL) !== Boolean(env.EVALBOARD_FINETUNED_MODEL)) {
    throw new Error(
      "OpenAI experiment settings: set EVALBOARD_FINETUNED_BASE_URL and EVALBOARD_FINETUNED_MODEL together (or neither)",
    );
  }
  const baseUrl = env.OPENAI_BASE_URL ?? "https://api.openai.com/v1";
  const commercialModel = env.EVALBOARD_OPENAI_MODEL ?? "gpt-4o-mini";
  const judgeModel = env.EVALBOARD_JUDGE_MODEL ?? "gpt-4o";
  const commercial = planEndpoint(commercialModel, baseUrl, commercialModel, env.OPENAI_API_KEY, [
    "openai",
    "commercial",
  ]);
  const judge = planEndpoint(`${judgeModel} (judge)`, baseUrl, judgeModel, env.OPENAI_API_KEY, ["openai", "judge"]);
  const endpoints = [commercial, judge];
  const runs: TPlannedRun[] = [];
  // 1-shot only where the prompt has room for an example: the default open-QA prompt is the question alone, so a
  // 1-shot QA run would send the very same messages as the zero-shot one.
  runs.push(
    { endpoint: commercial.name, dataset: DATASETS.classification, shots: 0 },
    { endpoint: commercial.name, dataset: DATASETS.classification, shots: 1 },
    { endpoint: commercial.name, dataset: DATASETS.qa, shots: 0 },
  );
  if (env.EVALBOARD_FINETUNED_BASE_URL && env.EVALBOARD_FINETUNED_MODEL) {
    const finetuned: TPlannedEndpoint = {
      name: `${env.EVALBOARD_FINETUNED_MODEL} (fine-tuned)`,
      baseUrl: env.EVALBOARD_FINETUNED_BASE_URL,
      model: env.EVALBOARD_FINETUNED_MODEL,
      apiKey: env.EVALBOARD_FINETUNED_API_KEY ?? null,
      inputPricePerM: env.EVALBOARD_FINETUNED_INPUT_PRICE_PER_M ?? null,
      outputPricePerM: env.EVALBOARD_FINETUNED_OUTPUT_PRICE_PER_M ?? null,
      tags: ["fine-tuned"],
    };
    endpoints.push(finetuned);
    // A fine-tuned model learnt the task: it is asked zero-shot, as it was trained.
    for (const dataset of Object.values(DATASETS)) runs.push({ endpoint: finetuned.name, dataset, shots: 0 });
  }
  return {
    endpoints,
    runs,
    judge: { endpoint: judge.name, dataset: DATASETS.qa },
    spend: env.EVALBOARD_DEMO_SPEND === SPEND_CONFIRMATION.value,
  };
}
