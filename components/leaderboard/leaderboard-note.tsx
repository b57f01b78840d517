/** How to read the numbers: the definitions users will check them against. */
export function LeaderboardNote() {
  return (
    <p className="mt-4 max-w-4xl text-xs leading-relaxed text-slate-500">
      Ranges are 95% intervals: Wilson for proportions, a seeded bootstrap for macro-F1. Valid answers = answers that
      name exactly one label; valid accuracy = correct / valid; accuracy = correct / answered, so an invalid answer
      counts as wrong. Errors (calls that failed after retries) are not answers. Each run is compared with the best
      (highest accuracy) by an exact McNemar test on the samples both answered (an invalid answer counts as wrong; a run
      with no sample in common with the best gets no verdict); “≈ best” marks runs whose difference is not significant
      at the 0.05 level (hover for the p-value). Cost is per 1,000 answered samples, unknown when a model has no price;
      latency is the median of live calls, without cached answers.
    </p>
  );
}
