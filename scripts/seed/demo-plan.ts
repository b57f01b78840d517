import { fileURLToPath } from "node:url";
import type { TColumnMapping, TDatasetTask } from "@/lib/datasets/mapping";
import type { TLocalModelKind } from "@/lib/local-models/model-name";

export type TDemoDataset = { key: string; name: string; file: string; task: TDatasetTask; mapping: TColumnMapping };

/** One endpoint per built-in model, and one run of it on its dataset's TEST split. */
export type TDemoEndpoint = { name: string; kind: TLocalModelKind; dataset: string; tags: string[] };

export type TDemoPlan = { datasets: TDemoDataset[]; endpoints: TDemoEndpoint[] };

export const DEMO_DATA_DIR = fileURLToPath(new URL("../../data/", import.meta.url));

/** The split is drawn by Evalboard: the abstracts file says "test" on every row (it is the source's test split). */
export const DEMO_SPLIT = { testFraction: 0.2, seed: 1 } as const;

export const DEMO_PLAN: TDemoPlan = {
  datasets: [
    {
      key: "abstracts",
      name: "Medical abstracts (demo)",
      file: "medical-abstracts-classification-2000.csv",
      task: "CLASSIFICATION",
      mapping: { input: "text", expected: "label", id: "id" },
    },
    {
      key: "medquad",
      name: "MedQuAD QA (demo)",
      file: "medquad-qa-1000.jsonl",
      task: "OPEN_QA",
      mapping: { input: "question", expected: "answer", id: "id", metadata: ["qtype", "focus", "source"] },
    },
  ],
  endpoints: [
    {
      name: "Naive Bayes (trained on TRAIN)",
      kind: "naive-bayes",
      dataset: "abstracts",
      tags: ["local", "baseline"],
    },
    { name: "Keyword zero-shot", kind: "keyword-zero-shot", dataset: "abstracts", tags: ["local", "baseline"] },
    { name: "Majority class", kind: "majority", dataset: "abstracts", tags: ["local", "baseline"] },
    { name: "Retrieval QA", kind: "retrieval-qa", dataset: "medquad", tags: ["local", "baseline"] },
  ],
};
