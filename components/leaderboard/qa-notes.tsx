/** How to read the LLM-judge table. */
export function QaJudgeNote() {
  return (
    <p className="max-w-4xl text-xs leading-relaxed text-slate-500">
      Mean note = the judge&apos;s mean grade (1–10) over the grades it could parse, with a 95% t interval; a reply
      without a final <code>[[n]]</code> rating is a parse failure, never a 0. A run graded by two judges has two rows;
      the dataset row grades the reference answers with the same judge. Each row is compared with the best row of the
      same judge by a Wilcoxon signed-rank test on the samples both got a grade for; “≈ best” marks rows whose
      difference is not significant at the 0.05 level (hover for the p-value). Grades of different judges are not on one
      scale and are never compared. Costs are at list price; model cost is per 1,000 answers.
    </p>
  );
}

/** How to read the reference-overlap table, and what it is not. */
export function QaReferenceNote() {
  return (
    <p className="max-w-4xl text-xs leading-relaxed text-slate-500">
      Token F1 (as in SQuAD: lower-cased, punctuation and articles removed) counts the words an answer shares with the
      dataset&apos;s reference answer; the range is a seeded bootstrap 95% interval. It is cheap and reproducible, but
      lexical: a correct answer in other words scores low, and a copied wrong passage can score high. It is not an LLM
      judge&apos;s note.
    </p>
  );
}
