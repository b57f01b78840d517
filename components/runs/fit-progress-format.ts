import { formatCount } from "@/components/ui/format";
import type { TFitProgress } from "@/lib/embedding-classifier/fit-progress";

/** The step an embedding-classifier run's fit is at: "embedding TRAIN 800/1,600 texts", "cross-validation 12/36 fits". */
export function formatFitProgress(progress: TFitProgress): { step: string; unit: string } {
  const count = `${formatCount(progress.done)}/${formatCount(progress.total)}`;
  switch (progress.stage) {
    case "EMBEDDING":
      return { step: `embedding TRAIN ${count} texts`, unit: "TRAIN texts embedded" };
    case "CROSS_VALIDATION":
      return { step: `cross-validation ${count} fits`, unit: "cross-validation fits" };
    case "FINAL_FIT":
      return { step: "final fit", unit: "final fit" };
  }
}
