import { describe, expect, it } from "vitest";
import { planOpenAiExperiment } from "./openai-plan";

describe("planOpenAiExperiment", () => {
  it("plans nothing without an OpenAI key, whatever else is set", () => {
    expect(planOpenAiExperiment({})).toBeNull();
    expect(planOpenAiExperiment({ OPENAI_API_KEY: "", EVALBOARD_DEMO_SPEND: "yes" })).toBeNull();
  });

  it("with a key: gpt-4o-mini zero-shot on both datasets and 1-shot on abstracts, a priced gpt-4o judge on the QA set, no spending yet", () => {
    const plan = planOpenAiExperiment({ OPENAI_API_KEY: "sk-test" });
    expect(plan?.endpoints).toEqual([
      {
        name: "gpt-4o-mini",
        baseUrl: "https://api.openai.com/v1",
        model: "gpt-4o-mini",
        apiKey: "sk-test",
        inputPricePerM: 0.15,
        outputPricePerM: 0.6,
        tags: ["openai", "commercial"],
      },
      {
        name: "gpt-4o (judge)",
        baseUrl: "https://api.openai.com/v1",
        model: "gpt-4o",
        apiKey: "sk-test",
        inputPricePerM: 2.5,
        outputPricePerM: 10,
        tags: ["openai", "judge"],
      },
    ]);
    expect(plan?.runs).toEqual([
      { endpoint: "gpt-4o-mini", dataset: "abstracts", shots: 0 },
      { endpoint: "gpt-4o-mini", dataset: "abstracts", shots: 1 },
      { endpoint: "gpt-4o-mini", dataset: "medquad", shots: 0 },
    ]);
    expect(plan?.judge).toEqual({ endpoint: "gpt-4o (judge)", dataset: "medquad" });
    expect(plan?.spend).toBe(false);
  });

  it("adds the fine-tuned model (zero-shot, both datasets) and spends only with EVALBOARD_DEMO_SPEND=yes", () => {
    const plan = planOpenAiExperiment({
      OPENAI_API_KEY: "sk-test",
      OPENAI_BASE_URL: "https://proxy.example.com/v1",
      EVALBOARD_FINETUNED_BASE_URL: "https://gpu.example.com/v1",
      EVALBOARD_FINETUNED_MODEL: "llama-3-8b-medical",
      EVALBOARD_FINETUNED_OUTPUT_PRICE_PER_M: "0.2",
      EVALBOARD_DEMO_SPEND: "yes",
    });
    const finetuned = plan?.endpoints.find((endpoint) => endpoint.tags.includes("fine-tuned"));
    expect(finetuned).toEqual({
      name: "llama-3-8b-medical (fine-tuned)",
      baseUrl: "https://gpu.example.com/v1",
      model: "llama-3-8b-medical",
      apiKey: null,
      inputPricePerM: null,
      outputPricePerM: 0.2,
      tags: ["fine-tuned"],
    });
    expect(plan?.endpoints[0]?.baseUrl).toBe("https://proxy.example.com/v1");
    expect(plan?.runs.filter((run) => run.endpoint === finetuned?.name)).toEqual([
      { endpoint: finetuned?.name, dataset: "abstracts", shots: 0 },
      { endpoint: finetuned?.name, dataset: "medquad", shots: 0 },
    ]);
    expect(plan?.spend).toBe(true);
    expect(planOpenAiExperiment({ OPENAI_API_KEY: "k", EVALBOARD_DEMO_SPEND: "1" })?.spend).toBe(false);
  });

  it("leaves prices of models it does not know unknown, and names a half-configured fine-tuned model", () => {
    const plan = planOpenAiExperiment({ OPENAI_API_KEY: "k", EVALBOARD_OPENAI_MODEL: "gpt-5-nano" });
    expect(plan?.endpoints[0]).toMatchObject({ model: "gpt-5-nano", inputPricePerM: null, outputPricePerM: null });
    expect(() => planOpenAiExperiment({ OPENAI_API_KEY: "k", EVALBOARD_FINETUNED_MODEL: "m" })).toThrow(
      /EVALBOARD_FINETUNED_BASE_URL and EVALBOARD_FINETUNED_MODEL/,
    );
    expect(() => planOpenAiExperiment({ OPENAI_API_KEY: "k", EVALBOARD_FINETUNED_INPUT_PRICE_PER_M: "cheap" })).toThrow(
      /EVALBOARD_FINETUNED_INPUT_PRICE_PER_M/,
    );
  });
});
