export type TFineTuneChoices = {
  datasets: { id: string; name: string; task: "CLASSIFICATION" | "OPEN_QA"; trainCount: number; testCount: number }[];
  providers: { id: string; name: string; model: string; baseUrl: string }[];
};

/** GET /api/datasets/{id}/finetune-export?file=summary */
export type TExportSummary = {
  training: { rows: number; tokens: number; longestRowTokens: number };
  validation: { rows: number; tokens: number };
  costPerEpoch: number | null;
  limits: { minRows: number; maxRowTokens: number };
  refusals: string[];
};
