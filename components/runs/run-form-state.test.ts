import { describe, expect, it } from "vitest";
import { DEFAULT_CLASSIFICATION_TEMPLATE, DEFAULT_OPEN_QA_TEMPLATE } from "@/lib/runs/prompt";
import { ZCreateRunsInput } from "@/lib/runs/schemas";
import {
  createInitialRunForm,
  describeShots,
  selectDataset,
  toFieldErrors,
  toggleEndpoint,
  toRunRequestBody,
  type TDatasetOption,
  type TEndpointOption,
} from "./run-form-state";

const abstracts: TDatasetOption = {
  id: "0190b5c1-0000-7000-8000-000000000001",
  name: "Abstracts",
  task: "CLASSIFICATION",
  trainCount: 40,
  testCount: 160,
};
const questions: TDatasetOption = {
  id: "0190b5c1-0000-7000-8000-000000000002",
  name: "Questions",
  task: "OPEN_QA",
  trainCount: 0,
  testCount: 200,
};
const testOnly: TDatasetOption = { ...abstracts, id: "0190b5c1-0000-7000-8000-000000000003", trainCount: 0 };
const gpt: TEndpointOption = {
  id: "0190b5c1-0000-7000-8000-0000000000aa",
  name: "GPT",
  model: "gpt-4o-mini",
  tags: [],
  inputPricePerM: 0.15,
  outputPricePerM: 0.6,
};
const llama: TEndpointOption = { ...gpt, id: "0190b5c1-0000-7000-8000-0000000000bb", name: "Llama" };

describe("createInitialRunForm", () => {
  it("starts on the requested dataset with its task's default template", () => {
    const form = createInitialRunForm([abstracts, questions], [gpt, llama], questions.id);
    expect(form.datasetId).toBe(questions.id);
    expect(form.promptTemplate).toBe(DEFAULT_OPEN_QA_TEMPLATE);
    expect(form.split).toBe("TEST");
    expect(form.endpointIds).toEqual([]);
  });

  it("falls back to the first dataset and preselects a lone model", () => {
    const form = createInitialRunForm([abstracts, questions], [gpt], "not-there");
    expect(form.datasetId).toBe(abstracts.id);
    expect(form.promptTemplate).toBe(DEFAULT_CLASSIFICATION_TEMPLATE);
    expect(form.endpointIds).toEqual([gpt.id]);
  });
});

describe("selectDataset", () => {
  it("swaps in the new task's default template unless the template was edited", () => {
    const form = createInitialRunForm([abstracts, questions], [gpt]);
    expect(selectDataset(form, questions).promptTemplate).toBe(DEFAULT_OPEN_QA_TEMPLATE);
    const edited = { ...form, promptTemplate: "Mine: {{labels}} {{input}}", templateEdited: true };
    expect(selectDataset(edited, questions).promptTemplate).toBe("Mine: {{labels}} {{input}}");
  });

  it("goes back to TEST when the new dataset has no TRAIN rows", () => {
    const form = { ...createInitialRunForm([abstracts, testOnly], [gpt]), split: "TRAIN" as const };
    expect(selectDataset(form, testOnly).split).toBe("TEST");
    expect(selectDataset(form, abstracts).split).toBe("TRAIN");
  });
});

describe("toggleEndpoint", () => {
  it("adds and removes models, keeping the order of choice", () => {
    const form = createInitialRunForm([abstracts], [gpt, llama]);
    const both = toggleEndpoint(toggleEndpoint(form, llama.id), gpt.id);
    expect(both.endpointIds).toEqual([llama.id, gpt.id]);
    expect(toggleEndpoint(both, llama.id).endpointIds).toEqual([gpt.id]);
  });
});

describe("describeShots", () => {
  it("allows up to the TRAIN rows, at most 20", () => {
    expect(describeShots(abstracts, "TEST")).toEqual({ max: 20, disabledReason: null });
    expect(describeShots({ ...abstracts, trainCount: 3 }, "TEST").max).toBe(3);
  });

  it("explains why k-shot is impossible", () => {
    expect(describeShots(testOnly, "TEST").disabledReason).toMatch(/no TRAIN rows/);
    expect(describeShots(abstracts, "TRAIN").disabledReason).toMatch(/must evaluate the TEST split/);
    expect(describeShots(questions, "TEST").disabledReason).toMatch(/classification/);
    expect(describeShots(undefined, "TEST").disabledReason).not.toBeNull();
  });
});

describe("toRunRequestBody", () => {
  it("builds a body the API accepts, with empty fields left to their defaults", () => {
    const form = { ...createInitialRunForm([abstracts], [gpt, llama]), endpointIds: [gpt.id, llama.id], shots: "3" };
    const body = toRunRequestBody(form, abstracts);
    expect(body).toMatchObject({ shots: 3, limit: undefined, maxTokens: undefined, seed: 1, temperature: 0 });
    const parsed = ZCreateRunsInput.parse(JSON.parse(JSON.stringify(body)));
    expect(parsed).toMatchObject({ endpointIds: [gpt.id, llama.id], split: "TEST", shots: 3 });
  });

  it("sends zero shots when k-shot is not possible", () => {
    const form = { ...createInitialRunForm([testOnly], [gpt]), shots: "3" };
    expect(toRunRequestBody(form, testOnly).shots).toBe(0);
  });

  it("lets the API reject what is not a number", () => {
    const form = { ...createInitialRunForm([abstracts], [gpt]), limit: "lots" };
    const result = ZCreateRunsInput.safeParse(JSON.parse(JSON.stringify(toRunRequestBody(form, abstracts))));
    expect(result.success).toBe(false);
  });
});

describe("toFieldErrors", () => {
  it("keeps the first message per field", () => {
    expect(
      toFieldErrors([
        { path: "promptTemplate", message: "must contain {{input}}" },
        { path: "limit", message: "too small" },
        { path: "limit", message: "second" },
        { path: "", message: "whole form" },
      ]),
    ).toEqual({ promptTemplate: "must contain {{input}}", limit: "too small", form: "whole form" });
    expect(toFieldErrors(undefined)).toEqual({});
  });
});
