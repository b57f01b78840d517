import { scoreNaiveBayes, type TNaiveBayesModel } from "./naive-bayes";

/** A label and its log posterior probability. */
export type TLabelLogprob = { label: string; logprob: number };

/**
 * Naive Bayes' posterior over its labels, most probable first: log P(label | text), normalised with log-sum-exp so
 * the probabilities add up to 1 (what a model's log-probabilities mean).
 */
export function findNaiveBayesPosterior(model: TNaiveBayesModel, text: string): TLabelLogprob[] {
  const scores = scoreNaiveBayes(model, text);
  const max = Math.max(...scores);
  const logTotal = max + Math.log(scores.reduce((sum, score) => sum + Math.exp(score - max), 0));
  return model.labels
    .map((label, index) => ({ label, logprob: scores[index]! - logTotal }))
    .sort((a, b) => b.logprob - a.logprob);
}
