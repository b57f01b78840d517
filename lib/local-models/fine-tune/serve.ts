import { ApiError } from "@/lib/api/errors";
import type { TDb } from "@/lib/db/prisma";
import { parseFineTunedModel } from "./model-id";
import { loadFineTunedPredictor } from "./train-job";
import type { TPredict } from "./trainer";

/** A fine-tuned model id ("ft:...") of a succeeded job, ready to answer; 404 for any other name. */
export async function loadFineTunedModel(db: TDb, model: string): Promise<TPredict> {
  const jobId = parseFineTunedModel(model);
  const predict = jobId ? await loadFineTunedPredictor(db, jobId) : null;
  if (!predict) throw new ApiError(404, "model_not_found", `The model "${model}" does not exist.`);
  return predict;
}
