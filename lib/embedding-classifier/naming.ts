/** Run.method of an embedding-classifier run, and how the leaderboard's answer-mode column names it. */
export const EMBEDDING_CLASSIFIER = "EMBEDDING_CLASSIFIER";

/** "<embedding model> + logistic regression": the run's name wherever runs are listed by their model. */
export function classifierRunName(endpointName: string): string {
  return `${endpointName} + logistic regression`;
}

export function isClassifierRun(run: { method?: string | null }): boolean {
  return run.method === EMBEDDING_CLASSIFIER;
}
