/**
 * Judges favour their own answers (Zheng et al. 2023, "self-enhancement bias"). Flag a judging whose judge is the
 * judged model: the same endpoint, or the same model name behind another endpoint.
 */
export function isSelfJudged(
  judge: { id: string; model: string },
  answering: { id: string; model: string } | null,
): boolean {
  if (!answering) return false;
  return judge.id === answering.id || normaliseModel(judge.model) === normaliseModel(answering.model);
}

function normaliseModel(model: string): string {
  return model.trim().toLowerCase();
}
