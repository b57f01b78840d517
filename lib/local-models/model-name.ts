import { z } from "zod";

export const LOCAL_MODEL_KINDS = ["naive-bayes", "keyword-zero-shot", "majority", "retrieval-qa"] as const;

export type TLocalModelKind = (typeof LOCAL_MODEL_KINDS)[number];

export type TLocalModelName = { kind: TLocalModelKind; datasetId: string };

const ZLocalModelName = z.object({ kind: z.enum(LOCAL_MODEL_KINDS), datasetId: z.uuid() });

/** "naive-bayes:<datasetId>" and the like; null for anything else. */
export function parseLocalModelName(model: string): TLocalModelName | null {
  const colon = model.indexOf(":");
  if (colon === -1) return null;
  const parsed = ZLocalModelName.safeParse({ kind: model.slice(0, colon), datasetId: model.slice(colon + 1) });
  return parsed.success ? parsed.data : null;
}

export function formatLocalModelName(name: TLocalModelName): string {
  return `${name.kind}:${name.datasetId}`;
}

/** Which built-in models make sense for a dataset's task. */
export function listLocalModelKinds(task: "CLASSIFICATION" | "OPEN_QA"): TLocalModelKind[] {
  return task === "CLASSIFICATION" ? ["naive-bayes", "keyword-zero-shot", "majority"] : ["retrieval-qa"];
}
